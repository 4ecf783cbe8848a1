package io.slotwise.service;

import io.slotwise.store.MediaFiles;
import io.slotwise.store.Store;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pictures and videos a script hands Slotwise as bytes (a data URI), kept in the data directory so a post can
 * link to them at a short local URL. Only images and videos whose bytes say what they are are taken, up to
 * {@link #MAX_BYTES}; a refused file writes nothing. A file is named by its content: the same bytes twice are one
 * file at one name.
 */
public final class MediaLibrary {

    /** The largest file taken: 25 MB (Blotato's n8n node sends at most 15 MB of binary data). */
    public static final int MAX_BYTES = 25 * 1024 * 1024;
    public static final String TOO_LARGE = "Media is larger than 25 MB";
    public static final String UNKNOWN_TYPE =
            "Media must be an image or a video: png, jpeg, gif, webp, mp4, mov or webm";

    /** A kind of file Slotwise takes, with the magic numbers that say so. */
    public enum Kind {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg"),
        GIF("image/gif", "gif"),
        WEBP("image/webp", "webp"),
        MP4("video/mp4", "mp4"),
        MOV("video/quicktime", "mov"),
        WEBM("video/webm", "webm");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        static Optional<Kind> ofExtension(String ext) {
            for (Kind k : values()) {
                if (k.extension.equals(ext)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** A kept file: its name in the library ({@code id.ext}) and what it is. */
    public record Media(String name, Kind kind) {
    }

    /** A kept file's bytes. */
    public record MediaContent(Kind kind, byte[] bytes) {
    }

    private static final List<String> ANY_TYPE = List.of("", "application/octet-stream", "binary/octet-stream");

    private final Store store;

    public MediaLibrary(Store store) {
        this.store = store;
    }

    /**
     * Keeps {@code bytes}, which their sender says are {@code declaredType} (a MIME type; empty or
     * application/octet-stream: whatever the bytes are). Refused, naming {@code field}: too large, not an image or
     * video Slotwise knows, or not what the sender said.
     */
    public Media save(String field, byte[] bytes, String declaredType) {
        if (bytes.length > MAX_BYTES) {
            throw ServiceException.tooLarge(field, TOO_LARGE);
        }
        Kind kind = sniff(bytes).orElseThrow(() -> ServiceException.invalid(field, UNKNOWN_TYPE));
        String declared = declaredType == null ? "" : declaredType.trim().toLowerCase(Locale.ROOT);
        if (!ANY_TYPE.contains(declared) && !sameType(declared, kind)) {
            throw ServiceException.invalid(field, "Media says it is " + declared + " but its bytes are "
                    + kind.contentType());
        }
        String name = id(bytes) + "." + kind.extension();
        MediaFiles files = store.media();
        if (!files.exists(name)) {
            files.write(name, bytes);
        }
        return new Media(name, kind);
    }

    /** A kept file by its name ({@code id.ext}), or empty. */
    public Optional<MediaContent> find(String name) {
        if (!MediaFiles.isValidName(name)) {
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.ofExtension(name.substring(name.lastIndexOf('.') + 1));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return store.media().read(name).map(b -> new MediaContent(kind.get(), b));
    }

    /** Every kept file with its bytes, by name: what a backup holds. */
    public List<UploadedMedia> all() {
        MediaFiles files = store.media();
        List<UploadedMedia> out = new ArrayList<>();
        for (String name : files.names()) {
            Optional<MediaContent> found = find(name);
            if (found.isPresent()) {
                out.add(new UploadedMedia(name, found.get().kind().contentType(), found.get().bytes()));
            }
        }
        return out;
    }

    /**
     * Writes a backup's files, each whole or not at all; a file already here is left as it is (its name is its
     * bytes, so it is the same file). Returns the names it wrote, for {@link #discard} should the restore fail.
     */
    List<String> restore(List<UploadedMedia> media) {
        MediaFiles files = store.media();
        List<String> written = new ArrayList<>();
        try {
            for (UploadedMedia m : media) {
                if (!files.exists(m.name())) {
                    files.write(m.name(), m.bytes());
                    written.add(m.name());
                }
            }
        } catch (RuntimeException e) {
            discard(written);
            throw e;
        }
        return written;
    }

    /** Deletes files a failed restore wrote; a file it cannot delete is left, linked to by nothing. */
    void discard(List<String> names) {
        MediaFiles files = store.media();
        for (String name : names) {
            try {
                files.delete(name);
            } catch (RuntimeException ignored) {
                // content-addressed and unreferenced: a stray file is harmless
            }
        }
    }

    private static boolean sameType(String declared, Kind kind) {
        return declared.equals(kind.contentType())
                || (kind == Kind.JPEG && (declared.equals("image/jpg") || declared.equals("image/pjpeg")));
    }

    /** What the bytes are, by their magic numbers. */
    public static Optional<Kind> sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Kind.PNG);
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Kind.JPEG);
        }
        if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(Kind.GIF);
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(Kind.WEBP);
        }
        if (starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(Kind.WEBM);
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return Optional.of(starts(b, 8, 'q', 't', ' ', ' ') ? Kind.MOV : Kind.MP4);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first 128 bits of the bytes' SHA-256, in hex: short, stable, the same for the same file. */
    static String id(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
