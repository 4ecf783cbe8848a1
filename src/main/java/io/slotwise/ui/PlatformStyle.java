package io.slotwise.ui;

import io.slotwise.engine.Platform;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

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

    public static FontIcon icon(Platform p) {
        FontIcon icon = new FontIcon(ikon(p));
        icon.getStyleClass().addAll("platform-icon", styleClass(p));
        return icon;
    }
}
