package dev.textdig.article;

import java.util.Locale;

/** The languages textdig analyses. */
public enum Language {
    EN, FR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
