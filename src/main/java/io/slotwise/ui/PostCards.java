package io.slotwise.ui;

import com.calendarfx.view.EntryViewBase;
import io.slotwise.engine.Platform;
import io.slotwise.engine.Post;
import io.slotwise.engine.PostStatus;
import io.slotwise.service.HandOff;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A slot occurrence band's label and the cards of its posts (or one loose post's card), drawn on a
 * canvas. Cards show the platform colour and icon, time, first line of text, thread and label badges,
 * the off-slot mark. A week holds thousands of cards; as nodes, each styled against CalendarFX's and
 * AtlantaFX's stylesheets, they made the week view take seconds. Drawn, a band costs one node. Colours
 * still come from the stylesheet ({@code -sw-card-*} properties), so both themes apply; tooltips and
 * hits are worked out from the card boxes.
 *
 * <p>The cards sit in a {@link CardGrid}; a {@link CardPainter} draws them.
 */
final class PostCards extends Canvas {

    /** The node property under which the window keeps its hand-off lookup (post id → hand-off). */
    static final String HAND_OFFS = "slotwise.handOffs";

    /** A band's label, drawn above its cards; null for a loose post's card. */
    private final String title;
    private final List<Post> posts;
    private final List<Boolean> offSlot;
    /** Per post: drawn in a band it does not sit on (placed by hand at a time inside it, or off-slot). */
    private final List<Boolean> notOn;
    private final ZoneId zone;
    private Post tipPost;
    private String tipText;
    /** Where each card shown is, in this canvas's coordinates, in the order of {@link #posts} (the first ones). */
    private final List<Bounds> boxes = new ArrayList<>();
    /** Where the "+K" chip for the cards not shown is, or null when all are shown. */
    private Bounds more;
    /** Whether the cards may be laid out in a grid (band) or fill the canvas (a loose post). */
    private final boolean grid;
    private final CardPainter painter = new CardPainter(this);
    private Tooltip tooltip;
    /** Whether the colours changed since the cards were last drawn. */
    private boolean stale = true;

    private final StyleableObjectProperty<Paint> cardFill = colour(Css.FILL);
    private final StyleableObjectProperty<Paint> cardBorder = colour(Css.BORDER);
    private final StyleableObjectProperty<Paint> cardText = colour(Css.TEXT);
    private final StyleableObjectProperty<Paint> cardMuted = colour(Css.MUTED);
    private final StyleableObjectProperty<Paint> cardWarning = colour(Css.WARNING);
    private final StyleableObjectProperty<Paint> cardDueFill = colour(Css.DUE_FILL);
    private final StyleableObjectProperty<Paint> cardFailedFill = colour(Css.FAILED_FILL);
    private final StyleableObjectProperty<Paint> cardDanger = colour(Css.DANGER);
    private final StyleableObjectProperty<Paint> cardFocus = colour(Css.FOCUS);
    private final Map<Platform, StyleableObjectProperty<Paint>> platformColours = new EnumMap<>(Platform.class);
    /** The selected post (anywhere on the calendar): its card, when it is drawn here, gets a focus ring. */
    private final ObjectProperty<Post> selectedPost = new SimpleObjectProperty<>(this, "selectedPost") {
        @Override
        protected void invalidated() {
            int at = indexOf(get());
            // Only the bands whose ring comes or goes are drawn again, not every band of the week.
            if (at != selected) {
                selected = at;
                redraw();
            }
        }
    };
    /** Which of {@link #posts} is selected, or -1. */
    private int selected = -1;

    /** A band: its label and the cards of its {@code posts} (in time order, all on it) below. */
    PostCards(String title, List<Post> posts, ZoneId zone) {
        this(title, posts, Set.of(), Set.of(), zone);
    }

    /**
     * A band: its label and the cards of its {@code posts} (in time order) below, those in {@code notOn} (ids)
     * marked as not in it, and those in {@code offSlot} as off-slot.
     */
    PostCards(String title, List<Post> posts, Set<String> notOn, Set<String> offSlot, ZoneId zone) {
        this(title, posts, posts.stream().map(p -> offSlot.contains(p.id())).toList(),
                posts.stream().map(p -> notOn.contains(p.id())).toList(), zone, true);
    }

    /** One loose post's card, filling the canvas. */
    PostCards(Post post, boolean offSlot, ZoneId zone) {
        this(null, List.of(post), List.of(offSlot), List.of(false), zone, false);
    }

    private PostCards(String title, List<Post> posts, List<Boolean> offSlot, List<Boolean> notOn, ZoneId zone,
            boolean grid) {
        super(0, 0);
        this.title = title;
        this.posts = List.copyOf(posts);
        this.offSlot = List.copyOf(offSlot);
        this.notOn = List.copyOf(notOn);
        this.zone = zone;
        this.grid = grid;
        getStyleClass().add("post-cards");
        for (Platform p : Platform.values()) {
            platformColours.put(p, colour(Css.PLATFORM.get(p)));
        }
        setCursor(Cursor.HAND);
        // The tooltip is made on first hover and follows what is under the pointer.
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Optional<Post> p = postAt(e.getX(), e.getY());
            if (tooltip == null) {
                tooltip = new Tooltip();
                Tooltip.install(this, tooltip);
            }
            // Off the cards, the band's label in full: narrow or short bands cut it off.
            tooltip.setText(p.map(this::tooltipOf).orElse(isMoreAt(e.getX(), e.getY())
                    ? hiddenPosts().size() + " more: click for the list" : title));
        });
    }

    List<Post> posts() {
        return posts;
    }

    ObjectProperty<Post> selectedPostProperty() { return selectedPost; }
    Post getSelectedPost() { return selectedPost.get(); }
    void setSelectedPost(Post p) { selectedPost.set(p); }

    /** Which of the posts drawn here is selected, or -1 (see {@link #selectedPostProperty}). */
    int selectedIndex() {
        return selected;
    }

    private int indexOf(Post p) {
        if (p != null) {
            for (int i = 0; i < posts.size(); i++) {
                if (posts.get(i).id().equals(p.id())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The hand-off mark drawn on a post's card (due, sending, published, failed), or null for none. */
    String handOffMarkOf(String postId) {
        return posts.stream().filter(p -> p.id().equals(postId)).findFirst()
                .map(p -> PlatformStyle.handOffGlyph(p.status())).orElse(null);
    }

    // ---- colours (set by the stylesheet's -sw-card-* properties) ----

    StyleableObjectProperty<Paint> cardFillProperty() { return cardFill; }
    Paint getCardFill() { return cardFill.get(); }
    void setCardFill(Paint p) { cardFill.set(p); }

    StyleableObjectProperty<Paint> cardBorderProperty() { return cardBorder; }
    Paint getCardBorder() { return cardBorder.get(); }
    void setCardBorder(Paint p) { cardBorder.set(p); }

    StyleableObjectProperty<Paint> cardTextProperty() { return cardText; }
    Paint getCardText() { return cardText.get(); }
    void setCardText(Paint p) { cardText.set(p); }

    StyleableObjectProperty<Paint> cardMutedProperty() { return cardMuted; }
    Paint getCardMuted() { return cardMuted.get(); }
    void setCardMuted(Paint p) { cardMuted.set(p); }

    StyleableObjectProperty<Paint> cardDueFillProperty() { return cardDueFill; }
    Paint getCardDueFill() { return cardDueFill.get(); }
    void setCardDueFill(Paint p) { cardDueFill.set(p); }

    StyleableObjectProperty<Paint> cardFailedFillProperty() { return cardFailedFill; }
    Paint getCardFailedFill() { return cardFailedFill.get(); }
    void setCardFailedFill(Paint p) { cardFailedFill.set(p); }

    StyleableObjectProperty<Paint> cardDangerProperty() { return cardDanger; }
    Paint getCardDanger() { return cardDanger.get(); }
    void setCardDanger(Paint p) { cardDanger.set(p); }

    StyleableObjectProperty<Paint> cardFocusProperty() { return cardFocus; }
    Paint getCardFocus() { return cardFocus.get(); }
    void setCardFocus(Paint p) { cardFocus.set(p); }

    StyleableObjectProperty<Paint> cardWarningProperty() { return cardWarning; }
    Paint getCardWarning() { return cardWarning.get(); }
    void setCardWarning(Paint p) { cardWarning.set(p); }

    /** The colour of a platform's cards (their left bar and icon). */
    StyleableObjectProperty<Paint> platformColourProperty(Platform p) { return platformColours.get(p); }

    /** The post whose card is at a point in this canvas's coordinates. */
    Optional<Post> postAt(double x, double y) {
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).contains(x, y)) {
                return Optional.of(posts.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether a point in this canvas's coordinates is on the "+K" chip of the cards not shown. */
    boolean isMoreAt(double x, double y) {
        return more != null && more.contains(x, y);
    }

    /** Where the "+K" chip is, in this canvas's coordinates; empty when every card is shown. */
    Optional<Bounds> moreBounds() {
        return Optional.ofNullable(more);
    }

    /** The posts whose cards did not fit (behind the "+K" chip), in time order. */
    List<Post> hiddenPosts() {
        return posts.subList(Math.min(boxes.size(), posts.size()), posts.size());
    }

    /** Where a post's card is, in this canvas's coordinates, if it is drawn here. */
    Optional<Bounds> cardBounds(String postId) {
        for (int i = 0; i < boxes.size(); i++) {
            if (posts.get(i).id().equals(postId)) {
                return Optional.of(boxes.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The post whose card a mouse event picked, if it picked one: a card drawn here, anything in a post's own
     * entry view (a loose post's card in the week, a post's line in the month), or a line of a crowded band's
     * list of the cards it could not show ({@link MoreCards}).
     */
    static Optional<Post> picked(PickResult pick) {
        Node n = pick.getIntersectedNode();
        if (n instanceof PostCards cards && pick.getIntersectedPoint() != null) {
            Optional<Post> card = cards.postAt(pick.getIntersectedPoint().getX(), pick.getIntersectedPoint().getY());
            if (card.isPresent()) {
                return card;
            }
        }
        for (Node x = n; x != null; x = x.getParent()) {
            if (x instanceof EntryViewBase<?> view && view.getEntry() instanceof PostEntry entry) {
                return Optional.of(entry.post());
            }
            if (x instanceof MoreCards.Item item) {
                return Optional.of(item.post());
            }
        }
        return Optional.empty();
    }

    /** The tooltip a post's card shows, for tests (cards are drawn, not nodes). */
    String tooltipOf(String postId) {
        return posts.stream().filter(p -> p.id().equals(postId)).findFirst().map(this::tooltipText).orElse(null);
    }

    /** The tooltip of the post under the pointer, read once per post hovered (its hand-off is a store read). */
    private String tooltipOf(Post post) {
        if (post != tipPost) {
            tipPost = post;
            tipText = tooltipText(post);
        }
        return tipText;
    }

    private String tooltipText(Post post) {
        int i = posts.indexOf(post);
        return post.content().text() + (post.accountId() == null ? "" : "\n— " + post.accountId())
                + (i >= 0 && offSlot.get(i) ? "\nOff-slot: its slot changed and no longer has an occurrence here"
                        : i >= 0 && notOn.get(i) ? "\nPlaced by hand at this time: not in this slot" : "")
                + handOffNote(post.status(), handOff(post));
    }

    /**
     * The post's hand-off, from the window that shows this canvas: it puts a lookup in its node properties under
     * {@link #HAND_OFFS} (a canvas is made by a CalendarFX skin, which has no way to the services).
     */
    @SuppressWarnings("unchecked")
    private Optional<HandOff> handOff(Post post) {
        if (post.status() == PostStatus.SCHEDULED || post.status() == PostStatus.DRAFT) {
            return Optional.empty();
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (n.getProperties().get(HAND_OFFS) instanceof Function<?, ?> f) {
                return ((Function<String, Optional<HandOff>>) f).apply(post.id());
            }
        }
        return Optional.empty();
    }

    /** Where the hand-off of a post whose time has come stands (SPEC §11); nothing before its time. */
    static String handOffNote(PostStatus status, Optional<HandOff> handOff) {
        String vendor = handOff.filter(h -> h.channel().isForwarder()).map(h -> h.channel().displayName()).orElse(null);
        String url = handOff.map(HandOff::publicUrl).map(u -> "\n" + u).orElse("");
        String error = handOff.map(HandOff::lastError).map(m -> ": " + m).orElse("");
        return switch (status) {
            case DUE -> "\nDue: publish it, then mark it published (Due & failed, on the right)";
            case SENDING -> vendor == null ? "\nBeing sent to its webhook" : "\nBeing published by " + vendor;
            case PUBLISHED -> (vendor == null ? "\nPublished" : "\nPublished by " + vendor) + url;
            case FAILED -> "\nThe hand-off failed" + (vendor == null ? "" : " at " + vendor) + error
                    + "\nRetry it from Due & failed";
            default -> "";
        };
    }

    // ---- layout and drawing ----

    /** Sizes the canvas, places the label and the cards and draws them. */
    void layoutCards(double width, double height) {
        if (!stale && width == getWidth() && height == getHeight()) {
            return; // laid out and drawn at this size already
        }
        stale = false;
        setWidth(Math.max(0, width));
        setHeight(Math.max(0, height));
        boxes.clear();
        more = null;
        if (!grid) {
            boxes.add(new BoundingBox(0, 0, getWidth(), getHeight()));
        } else {
            CardGrid.Layout layout = CardGrid.layout(posts.size(), width, height, CardPainter.titleHeight());
            boxes.addAll(layout.cards());
            more = layout.more();
        }
        painter.paint(title, posts, offSlot, notOn, boxes, zone);
        if (more != null) {
            painter.paintMore(more, posts.size() - boxes.size());
        }
    }

    // ---- colours from the stylesheet ----

    private StyleableObjectProperty<Paint> colour(Css meta) {
        var p = new SimpleStyleableObjectProperty<>(meta, this, meta.getProperty(), meta.getInitialValue(this));
        // CSS sets the colours one by one: draw once, at the next layout (which follows CSS in a pulse).
        p.addListener((o, a, b) -> {
            stale = true;
            if (getParent() != null) {
                getParent().requestLayout();
            }
        });
        return p;
    }

    /** Draws the cards again at the next layout. */
    private void redraw() {
        stale = true;
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return Css.ALL;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return Css.ALL;
    }

    /** The {@code -sw-card-*} colour properties. */
    private static final class Css extends CssMetaData<PostCards, Paint> {

        static final Css FILL = new Css("-sw-card-fill", Color.WHITE, c -> c.cardFill);
        static final Css BORDER = new Css("-sw-card-border", Color.LIGHTGRAY, c -> c.cardBorder);
        static final Css TEXT = new Css("-sw-card-text", Color.BLACK, c -> c.cardText);
        static final Css MUTED = new Css("-sw-card-muted", Color.GRAY, c -> c.cardMuted);
        static final Css WARNING = new Css("-sw-card-warning", Color.ORANGE, c -> c.cardWarning);
        static final Css DUE_FILL = new Css("-sw-card-due-fill", Color.LIGHTYELLOW, c -> c.cardDueFill);
        static final Css FAILED_FILL = new Css("-sw-card-failed-fill", Color.MISTYROSE, c -> c.cardFailedFill);
        static final Css DANGER = new Css("-sw-card-danger", Color.RED, c -> c.cardDanger);
        static final Css FOCUS = new Css("-sw-card-focus", Color.DODGERBLUE, c -> c.cardFocus);
        static final Map<Platform, Css> PLATFORM = new EnumMap<>(Platform.class);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Canvas.getClassCssMetaData());
            all.addAll(List.of(FILL, BORDER, TEXT, MUTED, WARNING, DUE_FILL, FAILED_FILL, DANGER, FOCUS));
            for (Platform p : Platform.values()) {
                Css c = new Css("-sw-card-" + PlatformStyle.styleClass(p), Color.GRAY, x -> x.platformColours.get(p));
                PLATFORM.put(p, c);
                all.add(c);
            }
            ALL = Collections.unmodifiableList(all);
        }

        private final Function<PostCards, StyleableObjectProperty<Paint>> property;

        private Css(String name, Paint initial, Function<PostCards, StyleableObjectProperty<Paint>> property) {
            super(name, StyleConverter.getPaintConverter(), initial);
            this.property = property;
        }

        @Override
        public boolean isSettable(PostCards c) {
            return !property.apply(c).isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(PostCards c) {
            return property.apply(c);
        }
    }
}
