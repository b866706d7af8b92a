package com.logicrm.customer;

import java.util.Locale;

/** One method of collecting customer information: its code, its channel and its name in both languages. */
public record InformationSource(String code, String channel, String nameZh, String nameEn, boolean active) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
