package dev.migrata.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file the processor copied onto the class path beside a generated chain class, read back only if
 * its bytes are the ones compiled into that class: their SHA-256 must be the digest the class holds.
 *
 * <p>Not API: used by the runtime's readers of revision files and of the head schema.
 */
final class VerifiedResource {

    /** Why a resource was refused: the words that follow its path in a message. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * The bytes found.
     *
     * @param url where the class path holds the resource
     * @param bytes its bytes, verified
     */
    record Found(URL url, byte[] bytes) {}

    private VerifiedResource() {}

    /**
     * Reads {@code path} with the class loader of {@code owner} and checks its SHA-256.
     *
     * @param owner the generated class whose class loader holds the resource and which compiled {@code digest}
     * @param digest {@code sha256:<hex>} over the bytes as compiled
     * @throws Refused when it is missing, unreadable or not those bytes
     */
    static Found read(Class<?> owner, String path, String digest) throws Refused {
        ClassLoader loader = owner.getClassLoader();
        URL url = loader == null ? ClassLoader.getSystemResource(path) : loader.getResource(path);
        if (url == null) {
            throw new Refused("is missing from the class path of " + owner.getName()
                    + ": the build did not copy it (was the chain compiled with the Migrata processor?)");
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new Refused("cannot be read from " + url + ": " + e.getMessage());
        }
        String found = sha256(bytes);
        if (!found.equals(digest)) {
            throw new Refused("in " + url + " is not the file compiled into " + owner.getName() + ": its SHA-256 is "
                    + found + ", compiled " + digest + ". It was changed after the build; rebuild the"
                    + " application from the reviewed files");
        }
        return new Found(url, bytes);
    }

    /** {@code sha256:<hex>} over {@code bytes}: the digest generated classes compile for each resource. */
    static String sha256(byte[] bytes) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
