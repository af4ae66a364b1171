package dev.textdig.article;

import java.util.Locale;

/** The languages textdig analyses. */
public enum Language {
    EN, FR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a {@link #code()} as an index or collection stores it, or null for none of them. */
    public static Language ofCode(Object code) {
        for (Language l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return null;
    }
}
