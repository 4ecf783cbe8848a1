package io.slotwise.ui;

import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Draws {@link PostCards}: the band's label, then each card in its box, in the colours the stylesheet gave
 * the canvas. A card shows the platform colour and icon, time, first line of text, thread and label badges,
 * the hand-off mark and the off-slot mark; a published post's card is faded, a due or failed one tinted, one
 * drawn in a band it does not sit on has a dashed border, the selected one a focus ring. A narrow one-row card leaves out its time and badges
 * for its first words. A crowded band's "+K" chip stands for the cards it has no room for.
 */
final class CardPainter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final double BAR = 3;
    private static final double PAD = 3;
    /** The width of the selected card's focus ring. */
    private static final double FOCUS = 2;
    /** Below this width a one-row card leaves out its time. */
    private static final double NARROW = 110;

    private final PostCards cards;

    CardPainter(PostCards cards) {
        this.cards = cards;
    }

    /** The band label's font. */
    static Font titleFont() {
        Font base = Font.getDefault();
        return Font.font(base.getFamily(), FontWeight.BOLD, base.getSize() * 0.8);
    }

    /** How high a band's label is drawn: the cards go below it (asked at every layout of every band). */
    static double titleHeight() {
        return Font.getDefault().getSize() * 0.8 * 1.3;
    }

    /** Draws a band's label (none when null) and its cards in their boxes, over what was drawn before. */
    void paint(String title, List<Post> posts, List<Boolean> offSlot, List<Boolean> notOn, List<Bounds> boxes,
            ZoneId zone) {
        GraphicsContext g = cards.getGraphicsContext2D();
        g.clearRect(0, 0, cards.getWidth(), cards.getHeight());
        g.setTextBaseline(VPos.TOP);
        if (title != null) {
            g.setFont(titleFont());
            g.setFill(cards.getCardText());
            g.fillText(title, 0, 0);
        }
        Font base = Font.getDefault();
        Font small = Font.font(base.getFamily(), base.getSize() * 0.75);
        Font body = Font.font(base.getFamily(), base.getSize() * 0.85);
        Font icons = PlatformStyle.iconFont(base.getSize() * 0.8);
        for (int i = 0; i < boxes.size(); i++) {
            drawCard(g, posts.get(i), offSlot.get(i), notOn.get(i), boxes.get(i), zone, small, body, icons);
        }
        int selected = cards.selectedIndex();
        if (selected >= 0 && selected < boxes.size()) {
            drawFocus(g, boxes.get(selected));
        }
    }

    /** The selected card's focus ring, inside its box (the boxes of a band's cards touch). */
    private void drawFocus(GraphicsContext g, Bounds b) {
        if (b.getWidth() < 4 || b.getHeight() < 4) {
            return;
        }
        g.save();
        g.setStroke(cards.getCardFocus());
        g.setLineWidth(FOCUS);
        double inset = FOCUS / 2;
        g.strokeRoundRect(b.getMinX() + inset, b.getMinY() + inset, b.getWidth() - FOCUS, b.getHeight() - FOCUS, 6, 6);
        g.restore();
    }

    /** Draws the "+K" chip that stands for the {@code hidden} cards a band has no room for. */
    void paintMore(Bounds b, int hidden) {
        if (b.getWidth() < 2 || b.getHeight() < 2) {
            return;
        }
        GraphicsContext g = cards.getGraphicsContext2D();
        double x = b.getMinX() + 0.5;
        double y = b.getMinY() + 0.5;
        double w = b.getWidth() - 1;
        double h = b.getHeight() - 1;
        g.setFill(cards.getCardFill());
        g.fillRoundRect(x, y, w, h, 5, 5);
        g.setStroke(cards.getCardBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, 5, 5);
        Font font = titleFont();
        String text = "+" + hidden;
        g.setFont(font);
        g.setFill(cards.getCardText());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + Math.max(PAD, (w - width(text, font)) / 2), y + h / 2);
        g.setTextBaseline(VPos.TOP);
    }

    private void drawCard(GraphicsContext g, Post post, boolean off, boolean notOn, Bounds b, ZoneId zone, Font small,
            Font body, Font icons) {
        if (b.getWidth() < 2 || b.getHeight() < 2) {
            return;
        }
        double x = b.getMinX() + 0.5;
        double y = b.getMinY() + 0.5;
        double w = b.getWidth() - 1;
        double h = b.getHeight() - 1;
        Paint platform = post.platform() == null ? cards.getCardBorder()
                : cards.platformColourProperty(post.platform()).get();
        g.save();
        if (post.status() == PostStatus.PUBLISHED) {
            g.setGlobalAlpha(0.7); // gone out: faded, as the hand-off has nothing more to do with it
        }
        g.setFill(post.status() == PostStatus.DUE ? cards.getCardDueFill()
                : post.status() == PostStatus.FAILED ? cards.getCardFailedFill() : cards.getCardFill());
        g.fillRoundRect(x, y, w, h, 5, 5);
        g.setStroke(cards.getCardBorder());
        g.setLineWidth(1);
        if (off || notOn) {
            g.setLineDashes(4, 3); // not in a slot, or not in this one
        }
        g.strokeRoundRect(x, y, w, h, 5, 5);
        g.setLineDashes();
        g.setFill(platform);
        g.fillRoundRect(x, y, BAR, h, 3, 3);

        g.save();
        g.beginPath();
        g.rect(x + BAR, y, w - BAR, h);
        g.clip();
        double left = x + BAR + PAD;
        double row = Math.max(small.getSize(), icons.getSize()) * 1.3;
        double top = y + 1;
        double cx = left;
        if (post.platform() != null) {
            g.setFont(icons);
            g.fillText(PlatformStyle.glyph(post.platform()), cx, top + 1);
            cx += icons.getSize() * 1.2;
        }
        boolean twoRows = h >= row + body.getSize() * 1.2;
        // A narrow one-row card gives the time's room to the first words (the band and the grid show the hour).
        if (twoRows || w >= NARROW) {
            g.setFont(small);
            g.setFill(cards.getCardMuted());
            String time = post.scheduledAt() == null ? "" : TIME.format(post.scheduledAt().atZone(zone));
            g.fillText(time, cx, top + 1);
            cx += width(time, small) + PAD;
        }

        // Badges and the off-slot mark at the right end of the top row.
        double end = x + w - PAD;
        if (off) {
            g.setFont(icons);
            g.setFill(cards.getCardWarning());
            end -= icons.getSize();
            g.fillText(PlatformStyle.warningGlyph(), end, top + 1);
            end -= PAD;
        }
        String handOff = PlatformStyle.handOffGlyph(post.status());
        if (handOff != null) {
            g.setFont(icons);
            g.setFill(post.status() == PostStatus.DUE ? cards.getCardWarning()
                    : post.status() == PostStatus.FAILED ? cards.getCardDanger() : cards.getCardMuted());
            end -= icons.getSize();
            g.fillText(handOff, end, top + 1);
            end -= PAD;
        }
        g.setFill(cards.getCardMuted());
        boolean badges = twoRows || w >= NARROW; // a narrow one-row card keeps its room for the words
        if (badges && !post.labelIds().isEmpty()) {
            String labels = "#" + post.labelIds().size();
            g.setFont(small);
            end -= width(labels, small);
            g.fillText(labels, Math.max(cx, end), top + 1);
            end -= PAD;
        }
        if (badges && post.content().threadLength() > 1) {
            // A thread: its icon and how many posts it has.
            String count = Integer.toString(post.content().threadLength());
            g.setFont(small);
            end -= width(count, small);
            g.fillText(count, Math.max(cx, end), top + 1);
            g.setFont(icons);
            end -= icons.getSize() * 1.1;
            g.fillText(PlatformStyle.threadGlyph(), Math.max(cx, end), top + 1);
            end -= PAD;
        }
        String first = post.content().firstLine().isBlank() ? "(no text)" : post.content().firstLine();
        g.setFont(body);
        g.setFill(cards.getCardText());
        if (twoRows) {
            g.fillText(first, left, top + row);
        } else {
            g.beginPath();
            g.rect(cx, y, Math.max(0, end - cx), h);
            g.clip();
            g.fillText(first, cx, top);
        }
        g.restore();
        g.restore();
    }

    private static final Text MEASURE = new Text();

    private static double width(String s, Font f) {
        MEASURE.setFont(f);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
