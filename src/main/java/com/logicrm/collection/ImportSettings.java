package com.logicrm.collection;

import java.util.List;

/**
 * What the importer chose for an uploaded file: the text encoding (CSV only; null keeps what was
 * detected), the field key for each column in order (empty: leave the column out), the mode and what a
 * bad row does. Null members keep what was set before.
 */
public record ImportSettings(String encoding, List<String> mapping, ImportMode mode, ImportErrorPolicy onError) {
}
