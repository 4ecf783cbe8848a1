package io.slotwise.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.DraftSheet;
import io.slotwise.service.DraftSheetRow;
import io.slotwise.service.ImportProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV's form: quoting, line numbers, the header, times and zones, the encoding. */
class CsvDraftImportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static DraftSheet read(String csv) {
        return CsvDraftImport.read(csv.getBytes(StandardCharsets.UTF_8), BERLIN);
    }

    @Test
    void quotedFieldsKeepCommasQuotesLineBreaksAndEmojiAndRecordsKnowTheirFirstLine() {
        DraftSheet f = read("Account,TEXT,media\r\n"
                + "tw,\"Hello, \"\"world\"\"\r\nsecond line ✨\",https://a.example/1.png;https://a.example/2.png\r\n"
                + "tw,plain 🎉,\n"
                + "\n"
                + "li,\"Thread start\n---\n two, with \"\"quotes\"\" \n---\nthird\",\"https://a.example/x.jpg\n https://a.example/y.jpg\"\n"
                + "li,\" keeps its spaces \",\n");
        assertThat(f.problems()).isEmpty();
        assertThat(f.rows()).extracting(DraftSheetRow::line).containsExactly(2, 4, 6, 12);
        assertThat(f.rows().get(0).content()).isEqualTo(new PostContent("Hello, \"world\"\r\nsecond line ✨",
                List.of("https://a.example/1.png", "https://a.example/2.png"), List.of()));
        assertThat(f.rows().get(1).content().text()).isEqualTo("plain 🎉");
        assertThat(f.rows().get(2).content()).isEqualTo(new PostContent("Thread start",
                List.of("https://a.example/x.jpg", "https://a.example/y.jpg"),
                List.of(new ThreadPost(" two, with \"quotes\" ", List.of()), new ThreadPost("third", List.of()))));
        assertThat(f.rows().get(3).content().text()).isEqualTo(" keeps its spaces ");
        assertThat(f.rows()).extracting(DraftSheetRow::account).containsExactly("tw", "tw", "li", "li");
        assertThat(f.rows()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "text,account\nhi,tw\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        DraftSheet f = CsvDraftImport.read(bytes, BERLIN);
        assertThat(f.allProblems()).isEmpty();
        assertThat(f.rows()).singleElement().satisfies(r -> assertThat(r.content().text()).isEqualTo("hi"));
    }

    @Test
    void timesAreInstantsOrLocalTimesInTheRowsZoneElseTheImports() {
        DraftSheet f = read("text,account,time,timezone\n"
                + "a,tw,2026-12-01T09:00:00Z,\n"
                + "b,tw,2026-12-01T09:00+01:00,America/New_York\n"
                + "c,tw,2026-12-01 09:00,\n"
                + "d,tw,2026-12-01T09:00:30,America/New_York\n"
                + "e,tw,,\n"
                + "f,tw,2026-03-29 02:30,\n");
        assertThat(f.allProblems()).isEmpty();
        assertThat(f.rows()).extracting(DraftSheetRow::time).containsExactly(
                Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"),
                Instant.parse("2026-12-01T14:00:30Z"),
                null,
                // Berlin skips 02:00-03:00 that night: the wall time moves forward by the gap, as slots do.
                Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void eachBadValueIsNamedByLineAndColumn() {
        DraftSheet f = read("text,account,platform,time,timezone,labels\n"
                + "\"two\nlines\",tw,,,,\n"
                + ",tw,,,,\n"
                + "hi,,,,,\n"
                + "hi,tw,myspace,,,\n"
                + "hi,tw,,tomorrow,,\n"
                + "hi,tw,,2026-12-01 09:00,Mars/Olympus,\n"
                + "\"a\n---\n\n---\nb\",tw,,,,\n"
                + "hi,tw,,,,Promo; ;Launch,extra\n");
        assertThat(f.problems()).isEmpty();
        assertThat(f.allProblems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "text"),
                org.assertj.core.groups.Tuple.tuple(5, "account"),
                org.assertj.core.groups.Tuple.tuple(6, "platform"),
                org.assertj.core.groups.Tuple.tuple(7, "time"),
                org.assertj.core.groups.Tuple.tuple(8, "timezone"),
                org.assertj.core.groups.Tuple.tuple(9, "text"),
                org.assertj.core.groups.Tuple.tuple(14, null));
        assertThat(f.allProblems().get(0).toString()).isEqualTo("line 4, text: text is required");
        assertThat(f.allProblems().get(2).message()).startsWith("Unknown platform \"myspace\"; one of twitter");
        assertThat(f.allProblems().get(3).message()).startsWith("\"tomorrow\" is not a date and time");
        assertThat(f.allProblems().get(5).message()).startsWith("Post 2 of the thread is empty");
        assertThat(f.allProblems().get(6).message()).contains("has 7 values but the header names 6 columns");
        assertThat(f.rows().get(7).labels()).containsExactly("Promo", "Launch");
        assertThat(f.rows().get(0).platform()).isNull();
        assertThat(read("text,account,platform\nhi,tw,LinkedIn\n").rows().get(0).platform()).isEqualTo(Platform.LINKEDIN);
    }

    @Test
    void aBadHeaderIsAProblemOfLineOneAndNoRowIsRead() {
        assertThat(read("Text,Acount\nhi,tw\n").allProblems()).extracting(ImportProblem::toString).containsExactly(
                "line 1, Acount: Unknown column \"Acount\"; the columns are text, account, platform, labels, media, "
                        + "time, timezone",
                "line 1, account: The header has no \"account\" column, which is required (the first line must name"
                        + " the columns)");
        assertThat(read("text,account,TEXT\n").allProblems()).extracting(ImportProblem::message)
                .containsExactly("The column \"text\" appears twice");
        assertThat(read("").allProblems()).extracting(ImportProblem::line).containsExactly(1);
        assertThat(read("Text,Acount\nhi,tw\n").rows()).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfItsFirstBadByte() {
        byte[] latin1 = "text,account\nok,tw\ncaf\u00e9,tw\n".getBytes(StandardCharsets.ISO_8859_1);
        DraftSheet f = CsvDraftImport.read(latin1, BERLIN);
        assertThat(f.rows()).isEmpty();
        assertThat(f.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("not UTF-8");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheParserStopped() {
        DraftSheet f = read("text,account\nok,tw\n\"never closed,tw\n");
        assertThat(f.rows()).isEmpty();
        assertThat(f.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isGreaterThanOrEqualTo(3);
            assertThat(p.message()).startsWith("The CSV is malformed here");
        });
    }
}
