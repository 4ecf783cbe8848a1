package io.slotwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.service.MediaLibrary.Kind;
import io.slotwise.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media kept as bytes: what the bytes are, the limit, the names, and a file store that survives a reopen. */
class MediaLibraryTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[Math.max(b.length, 16)];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] ascii(int at, String s, byte[] into) {
        byte[] a = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(a, 0, into, at, a.length);
        return into;
    }

    @Test
    void theBytesSayWhatTheyAre() {
        assertThat(MediaLibrary.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).contains(Kind.PNG);
        assertThat(MediaLibrary.sniff(bytes(0xFF, 0xD8, 0xFF, 0xDB))).contains(Kind.JPEG);
        assertThat(MediaLibrary.sniff(ascii(0, "GIF89a", new byte[16]))).contains(Kind.GIF);
        assertThat(MediaLibrary.sniff(ascii(8, "WEBP", ascii(0, "RIFF", new byte[16])))).contains(Kind.WEBP);
        assertThat(MediaLibrary.sniff(ascii(4, "ftypisom", new byte[16]))).contains(Kind.MP4);
        assertThat(MediaLibrary.sniff(ascii(4, "ftypqt  ", new byte[16]))).contains(Kind.MOV);
        assertThat(MediaLibrary.sniff(bytes(0x1A, 0x45, 0xDF, 0xA3))).contains(Kind.WEBM);
        assertThat(MediaLibrary.sniff(ascii(0, "RIFF", new byte[16]))).as("a RIFF that is no WebP").isEmpty();
        assertThat(MediaLibrary.sniff("<svg xmlns=...>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaLibrary.sniff(new byte[0])).isEmpty();
    }

    @Test
    void aFileIsKeptInTheDataDirectoryByItsContentAndFoundAfterAReopen(@TempDir Path dir) {
        byte[] gif = ascii(0, "GIF87a", new byte[32]);
        String name;
        try (Store store = Store.open(dir)) {
            MediaLibrary media = new MediaLibrary(store);
            MediaLibrary.Media kept = media.save("url", gif, "image/gif");
            name = kept.name();
            assertThat(name).matches("[0-9a-f]{32}\\.gif");
            assertThat(media.save("url", gif, "")).as("the same bytes, the same name").isEqualTo(kept);
        }
        assertThat(dir.resolve(Store.MEDIA_FOLDER).resolve(name)).exists();
        try (Store store = Store.open(dir)) {
            MediaLibrary.MediaContent found = new MediaLibrary(store).find(name).orElseThrow();
            assertThat(found.kind()).isEqualTo(Kind.GIF);
            assertThat(found.bytes()).isEqualTo(gif);
            assertThat(new MediaLibrary(store).find("../slotwise.mv.db")).isEmpty();
            assertThat(new MediaLibrary(store).find("0123.exe")).isEmpty();
        }
    }

    @Test
    void aRefusedFileWritesNothing(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            MediaLibrary media = new MediaLibrary(store);
            byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            assertThatThrownBy(() -> media.save("url", Arrays.copyOf(png, MediaLibrary.MAX_BYTES + 1), "image/png"))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
                        assertThat(e.field()).isEqualTo("url");
                    });
            assertThatThrownBy(() -> media.save("url", png, "video/mp4"))
                    .hasMessage("Media says it is video/mp4 but its bytes are image/png");
            assertThatThrownBy(() -> media.save("url", "hello".getBytes(StandardCharsets.US_ASCII), "image/png"))
                    .hasMessage(MediaLibrary.UNKNOWN_TYPE);
            assertThat(media.save("url", Arrays.copyOf(png, MediaLibrary.MAX_BYTES), "image/png").kind())
                    .as("exactly 25 MB is taken").isEqualTo(Kind.PNG);
        }
        try (var files = Files.list(dir.resolve(Store.MEDIA_FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(1).allMatch(n -> n.endsWith(".png"));
        }
    }
}
