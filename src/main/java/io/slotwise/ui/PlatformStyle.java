package io.slotwise.ui;

import io.slotwise.engine.Platform;
import java.util.Locale;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/** How a platform looks on the calendar: its name, icon, and the CSS class that gives its colour. */
public final class PlatformStyle {

    private PlatformStyle() {
    }

    public static String displayName(Platform p) {
        return p.displayName();
    }

    /** The CSS class carrying the platform's colour, e.g. {@code platform-linkedin}. */
    public static String styleClass(Platform p) {
        return "platform-" + p.name().toLowerCase(Locale.ROOT);
    }

    public static Ikon ikon(Platform p) {
        return switch (p) {
            case TWITTER -> FontAwesome.TWITTER;
            case LINKEDIN -> FontAwesome.LINKEDIN_SQUARE;
            case FACEBOOK -> FontAwesome.FACEBOOK_SQUARE;
            case INSTAGRAM -> FontAwesome.INSTAGRAM;
            case TIKTOK -> FontAwesome.MUSIC;
            case THREADS -> FontAwesome.AT;
            case BLUESKY -> FontAwesome.CLOUD;
            case PINTEREST -> FontAwesome.PINTEREST;
            case YOUTUBE -> FontAwesome.YOUTUBE_PLAY;
        };
    }

    /** A platform's icon as text in {@link #iconFont}, for cards drawn on a canvas. */
    static String glyph(Platform p) {
        return new String(Character.toChars(ikon(p).getCode()));
    }

    /** The off-slot mark as text in {@link #iconFont}. */
    static String warningGlyph() {
        return new String(Character.toChars(FontAwesome.EXCLAMATION_TRIANGLE.getCode()));
    }

    /** The mark of a post whose time has come, as text in {@link #iconFont}; null before its time. */
    static String handOffGlyph(io.slotwise.engine.PostStatus status) {
        FontAwesome icon = switch (status) {
            case DUE -> FontAwesome.BELL;
            case SENDING -> FontAwesome.PAPER_PLANE;
            case PUBLISHED -> FontAwesome.CHECK;
            case FAILED -> FontAwesome.EXCLAMATION_CIRCLE;
            default -> null;
        };
        return icon == null ? null : new String(Character.toChars(icon.getCode()));
    }

    /** The thread mark (a post with follow-up posts) as text in {@link #iconFont}. */
    static String threadGlyph() {
        return new String(Character.toChars(FontAwesome.COMMENTS_O.getCode()));
    }

    /** The icon font (loaded on first use, as Ikonli's own icons do). */
    static Font iconFont(double size) {
        IkonHandler handler = IkonResolver.getInstance().resolve(FontAwesome.TWITTER.getDescription());
        if (handler.getFont() == null) {
            handler.setFont(Font.loadFont(handler.getFontResourceAsStream(), size));
        }
        return Font.font(handler.getFontFamily(), size);
    }

    public static FontIcon icon(Platform p) {
        FontIcon icon = new FontIcon(ikon(p));
        icon.getStyleClass().addAll("platform-icon", styleClass(p));
        return icon;
    }
}
