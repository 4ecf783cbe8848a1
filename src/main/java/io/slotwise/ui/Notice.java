package io.slotwise.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The latest message for the user (a refused drop, what was queued where), shown in the status bar. */
final class Notice {

    enum Kind { INFO, SUCCESS, ERROR }

    record Message(Kind kind, String text) {
    }

    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");

    void info(String text) {
        message.set(new Message(Kind.INFO, text));
    }

    void success(String text) {
        message.set(new Message(Kind.SUCCESS, text));
    }

    void error(String text) {
        message.set(new Message(Kind.ERROR, text));
    }

    ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    Message getMessage() {
        return message.get();
    }
}
