package io.slotwise.interop;

import static io.slotwise.service.DraftSheet.ACCOUNT;
import static io.slotwise.service.DraftSheet.COLUMNS;
import static io.slotwise.service.DraftSheet.LABELS;
import static io.slotwise.service.DraftSheet.MEDIA;
import static io.slotwise.service.DraftSheet.PLATFORM;
import static io.slotwise.service.DraftSheet.TEXT;
import static io.slotwise.service.DraftSheet.TIME;
import static io.slotwise.service.DraftSheet.TIMEZONE;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.slotwise.engine.Platform;
import io.slotwise.engine.PostContent;
import io.slotwise.engine.ThreadPost;
import io.slotwise.service.DraftSheet;
import io.slotwise.service.DraftSheetRow;
import io.slotwise.service.ImportProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a CSV of drafts (Jackson's CSV module): a header row naming the columns, case-insensitively and
 * in any order, then one post per record. UTF-8, with or without a byte order mark; RFC 4180 quoting, so
 * a text may hold commas, quotes ({@code ""}) and line breaks.
 *
 * <ul>
 *   <li>{@code text} (required): the post; a line with just {@code ---} separates the posts of a thread,
 *       as in Compose. Kept exactly as written.</li>
 *   <li>{@code account} (required): the account's id, {@code @id}, name or username.</li>
 *   <li>{@code platform}: optional; when given it must be the account's.</li>
 *   <li>{@code labels}: label names or ids separated by {@code ;} (names may hold commas and spaces).</li>
 *   <li>{@code media}: media URLs separated by spaces, line breaks or {@code ;}, for the first post.</li>
 *   <li>{@code time}: {@code 2026-12-01T09:00:00Z} or with an offset ({@code +01:00}), or a local
 *       {@code 2026-12-01 09:00} in the row's {@code timezone} column, else the import's zone.</li>
 *   <li>{@code timezone}: an IANA zone such as {@code Europe/Berlin}, for a local {@code time}.</li>
 * </ul>
 *
 * Only the form is checked here, into a {@link DraftSheet} (the columns' names are its constants); the
 * service resolves accounts and labels against the store.
 */
public final class CsvDraftImport {

    /** The line between two posts of a thread: the convention of the Compose dialog. */
    static final Pattern THREAD_BREAK = Pattern.compile("\\R---\\R");
    private static final Pattern MEDIA_SEPARATOR = Pattern.compile("[\\s;]+");
    private static final CsvMapper CSV = new CsvMapper();
    /** 2026-12-01T09:00, 2026-12-01 09:00, seconds optional, optionally an offset (Z, +01:00). */
    private static final DateTimeFormatter TIME_FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private CsvDraftImport() {
    }

    public static DraftSheet read(Path file, ZoneId zone) throws IOException {
        return read(Files.readAllBytes(file), zone);
    }

    /**
     * Reads the bytes of a CSV file; local times without a {@code timezone} are in {@code zone}. Never
     * throws for bad content: every problem is reported with its line.
     */
    public static DraftSheet read(byte[] bytes, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        ImportProblem encoding = decode(bytes, text);
        if (encoding != null) {
            return new DraftSheet(List.of(), List.of(encoding));
        }
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        List<Record> records = new ArrayList<>();
        try {
            records = records(text.toString());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            return new DraftSheet(List.of(), List.of(new ImportProblem(line, null,
                    "The CSV is malformed here: " + e.getOriginalMessage())));
        } catch (IOException e) {
            return new DraftSheet(List.of(), List.of(new ImportProblem(1, null, "Cannot read the CSV: " + e.getMessage())));
        }
        if (records.isEmpty()) {
            return new DraftSheet(List.of(), List.of(new ImportProblem(1, null,
                    "The file is empty: its first line must name the columns (" + String.join(", ", COLUMNS) + ")")));
        }
        List<ImportProblem> headerProblems = new ArrayList<>();
        Map<String, Integer> columns = header(records.get(0).values(), headerProblems);
        if (!headerProblems.isEmpty()) {
            return new DraftSheet(List.of(), headerProblems);
        }
        List<DraftSheetRow> rows = new ArrayList<>(records.size() - 1);
        for (Record r : records.subList(1, records.size())) {
            if (r.values().size() == 1 && r.values().get(0).isBlank()) {
                continue;  // an empty line
            }
            rows.add(row(r, columns, records.get(0).values().size(), zone));
        }
        return new DraftSheet(rows, List.of());
    }

    // ---- bytes, records, header ----

    /** UTF-8 strictly: a file saved in another encoding is refused at its first bad byte, with its line. */
    private static ImportProblem decode(byte[] bytes, StringBuilder out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult result = decoder.decode(in, chars, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new ImportProblem(line, null, "The file is not UTF-8 text (byte " + (at + 1)
                    + " is not valid UTF-8); save it as \"CSV UTF-8\"");
        }
        decoder.flush(chars);
        chars.flip();
        out.append(chars);
        return null;
    }

    /** A CSV record with the physical line it starts on. */
    private record Record(int line, List<String> values) {
    }

    private static List<Record> records(String text) throws IOException {
        List<Record> out = new ArrayList<>();
        try (JsonParser p = CSV.getFactory().createParser(text)) {
            CsvParser csv = (CsvParser) p;
            csv.setSchema(CsvSchema.emptySchema());
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> values = null;
            int line = 0;
            JsonToken t;
            int depth = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 2) {
                        values = new ArrayList<>();
                        line = 0;
                    }
                } else if (t == JsonToken.END_ARRAY) {
                    if (depth == 2) {
                        out.add(new Record(line, values));
                    }
                    depth--;
                } else if (t == JsonToken.VALUE_STRING && values != null) {
                    if (values.isEmpty()) {
                        // Where the record's first value starts: its line, newlines inside quotes counted.
                        line = p.currentTokenLocation().getLineNr();
                    }
                    values.add(p.getText());
                }
            }
        }
        return out;
    }

    /** Column name → index; unknown, duplicate and missing required columns are problems of line 1. */
    private static Map<String, Integer> header(List<String> names, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;  // spreadsheets add unnamed empty columns; a value in one is reported per row
            }
            if (!COLUMNS.contains(name)) {
                problems.add(new ImportProblem(1, names.get(i).strip(), "Unknown column \"" + names.get(i).strip()
                        + "\"; the columns are " + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(1, name, "The column \"" + name + "\" appears twice"));
            }
        }
        for (String required : List.of(TEXT, ACCOUNT)) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(1, required, "The header has no \"" + required
                        + "\" column, which is required (the first line must name the columns)"));
            }
        }
        return columns;
    }

    // ---- one record ----

    private static DraftSheetRow row(Record r, Map<String, Integer> columns, int headerSize, ZoneId importZone) {
        int line = r.line();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> v = r.values();
        for (int i = 0; i < v.size(); i++) {
            boolean named = i < headerSize && columns.containsValue(i);
            if (!named && !v.get(i).isBlank()) {
                problems.add(new ImportProblem(line, null, i >= headerSize
                        ? "This record has " + v.size() + " values but the header names " + headerSize
                        + " columns (a text with commas must be in double quotes)"
                        : "A value in column " + (i + 1) + ", which the header does not name"));
                break;
            }
        }

        String text = value(v, columns, TEXT);
        List<String> media = MEDIA_SEPARATOR.splitAsStream(value(v, columns, MEDIA))
                .filter(s -> !s.isEmpty()).toList();
        PostContent content = null;
        if (text.isBlank()) {
            problems.add(new ImportProblem(line, TEXT, "text is required"));
        } else {
            String[] parts = THREAD_BREAK.split(text, -1);
            int empty = 0;
            while (empty < parts.length && !parts[empty].isBlank()) {
                empty++;
            }
            if (empty < parts.length) {
                problems.add(new ImportProblem(line, TEXT, "Post " + (empty + 1) + " of the thread is empty (a line with"
                        + " --- separates the posts of a thread)"));
            } else {
                List<ThreadPost> thread = Arrays.stream(parts).skip(1).map(t -> new ThreadPost(t, List.of())).toList();
                content = new PostContent(parts[0], media, thread);
            }
        }

        String account = value(v, columns, ACCOUNT).strip();
        if (account.isEmpty()) {
            problems.add(new ImportProblem(line, ACCOUNT, "account is required (the account's id, name or username)"));
        }

        Platform platform = null;
        String platformText = value(v, columns, PLATFORM).strip();
        if (!platformText.isEmpty()) {
            platform = Platform.fromId(platformText).orElse(null);
            if (platform == null) {
                problems.add(new ImportProblem(line, PLATFORM, "Unknown platform \"" + platformText + "\"; one of "
                        + Arrays.stream(Platform.values()).map(Platform::id).collect(Collectors.joining(", "))));
            }
        }

        List<String> labels = List.copyOf(new LinkedHashSet<>(Arrays.stream(value(v, columns, LABELS).split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));

        ZoneId zone = importZone;
        String zoneText = value(v, columns, TIMEZONE).strip();
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                zone = null;
                problems.add(new ImportProblem(line, TIMEZONE, "Unknown time zone \"" + zoneText
                        + "\"; use an IANA name such as Europe/Berlin"));
            }
        }
        Instant time = null;
        String timeText = value(v, columns, TIME).strip();
        if (!timeText.isEmpty()) {
            try {
                TemporalAccessor t = TIME_FORMAT.parseBest(timeText, OffsetDateTime::from, LocalDateTime::from);
                if (t instanceof OffsetDateTime odt) {
                    time = odt.toInstant();
                } else if (zone != null) {
                    // A wall time in a DST gap moves forward, in an overlap takes the earlier offset (SPEC §2).
                    time = ZonedDateTime.of((LocalDateTime) t, zone).toInstant();
                }
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(line, TIME, "\"" + timeText + "\" is not a date and time; write "
                        + "2026-12-01 09:00 (in the row's timezone, else the import's) or 2026-12-01T09:00:00Z"));
            }
        }
        return new DraftSheetRow(line, content, account, platform, labels, time, problems);
    }

    private static String value(List<String> values, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= values.size() ? "" : values.get(i);
    }
}
