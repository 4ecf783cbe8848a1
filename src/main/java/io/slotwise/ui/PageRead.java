package io.slotwise.ui;

import io.slotwise.engine.Account;
import io.slotwise.engine.Label;
import io.slotwise.engine.Post;
import io.slotwise.publishing.PostHandOff;
import io.slotwise.service.CalendarRange;
import java.util.List;

/**
 * What the window shows, as one refresh reads it from the store: the calendar's page, the accounts and labels,
 * the queue's drafts, the posts due or failed, and whether the plan is empty (the welcome card). Read on any
 * thread; shown on the FX thread.
 */
record PageRead(CalendarRange range, List<Account> accounts, List<Label> labels, List<Post> drafts,
        List<PostHandOff> waiting, boolean empty) {
}
