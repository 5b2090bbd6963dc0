package io.candor.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names from untrusted text (deal ids and rep names come from a CRM export). A safe id is used
 * as it is; anything else is reduced to safe characters plus a short hash of the original, so two
 * different ids can never land on the same file and no id can climb out of the output folder.
 */
public final class SafeFileNames {

    /** Letters, digits, dot, dash, underscore; not starting with a dot (no ".." and no hidden files). */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9_-]+");

    private SafeFileNames() {
    }

    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** "D-1001" stays "D-1001"; "OPP/2024/../x" becomes "OPP_2024_x-3f9a0c1e". */
    public static String forId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an id used as a file name must not be empty");
        }
        if (isSafe(id)) {
            return id;
        }
        String base = UNSAFE_RUN.matcher(id).replaceAll("_").replaceAll("^_+|_+$", "");
        base = base.length() > 60 ? base.substring(0, 60) : base;
        return (base.isEmpty() ? "id" : base) + "-" + shortHash(id);
    }

    /** "Lauren Whitfield" → "lauren-whitfield"; names with no letters or digits get a hash. */
    public static String slug(String name) {
        String s = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 60 ? s.substring(0, 60) : s;
        return s.isEmpty() ? "rep-" + shortHash(name == null ? "" : name) : s;
    }

    /**
     * {@code dir/name}, checked to stay inside {@code dir}: the last guard in case a caller passes a
     * name that did not come from this class.
     */
    public static Path inside(Path dir, String fileName) {
        Path base = dir.toAbsolutePath().normalize();
        Path target = base.resolve(fileName).normalize();
        if (!target.getParent().equals(base)) {
            throw new IllegalArgumentException("file name '" + fileName + "' would leave " + base);
        }
        return target;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
