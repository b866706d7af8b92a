package com.logicrm.collection;

import java.util.List;

/** One column of an uploaded file: its header, the field it is mapped to (null: left out), and sample cells. */
public record ImportColumn(int index, String header, String field, List<String> samples) {
}
