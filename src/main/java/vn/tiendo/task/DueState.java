package vn.tiendo.task;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an occurrence stands against its due date, in the words of the command-line contract. */
public enum DueState {
    OVERDUE("overdue"),
    DUE_SOON("due-soon"),
    NOT_DUE("not-due"),
    DONE_ON_TIME("done-on-time"),
    DONE_LATE("done-late"),
    ONGOING("ongoing"),
    WAITING("waiting");

    private final String word;

    DueState(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    @Override
    public String toString() {
        return word;
    }
}
