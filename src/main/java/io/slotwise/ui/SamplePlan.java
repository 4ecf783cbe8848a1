package io.slotwise.ui;

import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.Recurrence;
import io.slotwise.engine.Target;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.DraftInput;
import io.slotwise.service.Services;
import io.slotwise.service.SlotSpec;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A realistic week for a small brand, for people who want to see Slotwise working before they set it up. */
final class SamplePlan {

    private SamplePlan() {
    }

    static void load(Services s, String owner, ZoneId zone) {
        s.accounts().create(owner, "acme_tw", Platform.TWITTER, "Acme on X", "acme", List.of());
        s.accounts().create(owner, "acme_li", Platform.LINKEDIN, "Acme Inc.", "acme-inc", List.of());
        s.accounts().create(owner, "acme_ig", Platform.INSTAGRAM, "Acme Studio", "acme.studio", List.of());
        String launch = s.labels().create(owner, "Launch").id();
        s.labels().create(owner, "Evergreen");

        List<Target> twLi = List.of(Target.account(Platform.TWITTER, "acme_tw"), Target.account(Platform.LINKEDIN, "acme_li"));
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            s.slots().create(owner, new SlotSpec(null, Recurrence.weekly(1, d), LocalTime.of(9, 0), LocalTime.of(10, 0),
                    zone, twLi, Set.of(), true, null, Set.of()));
        }
        for (DayOfWeek d : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
            s.slots().create(owner, new SlotSpec(null, Recurrence.weekly(1, d), LocalTime.of(12, 30), null, zone,
                    List.of(Target.allAccounts(Platform.INSTAGRAM)), Set.of(), true, null, Set.of()));
        }
        s.slots().create(owner, new SlotSpec(null, Recurrence.daily(1), LocalTime.of(17, 0), LocalTime.of(18, 0), zone,
                List.of(Target.account(Platform.TWITTER, "acme_tw")), Set.of(launch), true, null, Set.of()));

        String[][] drafts = {
                {"acme_tw", "Big news dropping this week. Stay tuned 👀"},
                {"acme_li", "How we cut our release cycle from 6 weeks to 10 days — a thread for engineering leads"},
                {"acme_ig", "Behind the scenes at the studio ✨ #design"},
                {"acme_tw", "Tip of the day: keyboard shortcuts save you 20 minutes a week"},
                {"acme_li", "We're hiring: Senior Product Designer (remote, EU)"},
                {"acme_ig", "New colourways are in. Which one's your favourite?"},
                {"acme_tw", "Reminder: webinar tomorrow at 4pm CET, link in bio"},
        };
        int i = 0;
        for (String[] d : drafts) {
            Platform p = d[0].endsWith("_tw") ? Platform.TWITTER : d[0].endsWith("_li") ? Platform.LINKEDIN : Platform.INSTAGRAM;
            PostContent content = i == 1
                    ? new PostContent(d[1], List.of(), List.of(new ThreadPost("1/ We stopped batching releases.", List.of()),
                    new ThreadPost("2/ We moved QA into the team.", List.of())))
                    : PostContent.text(d[1]);
            var post = s.posts().createDraft(owner, new DraftInput(p, d[0], null, content, null, Set.of()));
            if (i++ < 4) {
                s.queue().addToQueue(owner, post.id());
            }
        }
        s.posts().createDraft(owner, new DraftInput(Platform.TWITTER, "acme_tw", null,
                PostContent.text("Launch day! Acme 2.0 is live 🚀"), null, Set.of(launch)));
    }
}
