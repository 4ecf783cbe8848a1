package io.slotwise.service;

import io.slotwise.store.MediaFiles;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file of the {@link MediaLibrary} with its bytes, as a backup holds it. It is what the library would have kept:
 * its name is its bytes' id and the extension of the kind its bytes are, and its content type is that kind's; any
 * other is refused, so a damaged backup never restores a picture under a name a post links to for other bytes.
 *
 * @param name        the file's name in the library ({@code id.ext}), the last part of its URL
 * @param contentType what it is served as, e.g. {@code image/png}
 */
public record UploadedMedia(String name, String contentType, byte[] bytes) {

    public UploadedMedia {
        Objects.requireNonNull(bytes, "bytes");
        if (!MediaFiles.isValidName(name)) {
            throw new IllegalArgumentException("Not a media file name: " + name);
        }
        MediaLibrary.Kind kind = MediaLibrary.sniff(bytes)
                .orElseThrow(() -> new IllegalArgumentException("The media " + name + " is not an image or a video"));
        if (!kind.contentType().equals(contentType)) {
            throw new IllegalArgumentException("The media " + name + " says it is " + contentType + " but its bytes are "
                    + kind.contentType());
        }
        String expected = MediaLibrary.id(bytes) + "." + kind.extension();
        if (!expected.equals(name)) {
            throw new IllegalArgumentException("The media " + name + " does not hold the bytes its name says");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UploadedMedia m && name.equals(m.name) && contentType.equals(m.contentType)
                && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "UploadedMedia[" + name + ", " + contentType + ", " + bytes.length + " bytes, sha256/128 "
                + name.substring(0, name.indexOf('.')) + "]";
    }
}
