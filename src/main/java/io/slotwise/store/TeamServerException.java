package io.slotwise.store;

/** A team server could not be opened or used; {@link #problem()} says which kind of trouble it is. */
public final class TeamServerException extends RuntimeException {

    private final TeamServerProblem problem;

    public TeamServerException(TeamServerProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public TeamServerProblem problem() {
        return problem;
    }
}
