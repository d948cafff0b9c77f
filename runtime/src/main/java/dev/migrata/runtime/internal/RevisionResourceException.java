package dev.migrata.runtime.internal;

/**
 * A resource of a generated chain — a revision's file, or the head schema — that is missing,
 * unreadable or differs from the file compiled into the chain class. The migrator reports it as a
 * {@code CHECKSUM_MISMATCH} refusal.
 */
public final class RevisionResourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resourcePath;

    /**
     * A refused resource.
     *
     * @param resourcePath the resource's path on the class path
     * @param message what is wrong with it and what to do
     */
    public RevisionResourceException(String resourcePath, String message) {
        super(message);
        this.resourcePath = resourcePath;
    }

    /**
     * The resource's path on the class path: {@code META-INF/migrata/<schema>/<id>.sql}, or {@code
     * head-schema.txt} in that folder.
     */
    public String resourcePath() {
        return resourcePath;
    }
}
