package com.logicrm.shipment.rest;

import com.logicrm.shipment.ItemProblem;
import com.logicrm.shipment.LoadResult;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The request and answer of every batch load, the reasons for refused items in the caller's language. */
@Component
class BatchAnswers {

    private final MessageSource messages;

    BatchAnswers(MessageSource messages) {
        this.messages = messages;
    }

    /** A batch: the source system's name (each item may name its own) and up to 10,000 items. */
    record Batch<T>(String source, List<T> items) {

        List<T> itemsOrNone() {
            return items == null ? List.of() : items;
        }
    }

    /** One refused item, its message in the caller's language. */
    record ItemError(int index, String field, String code, String message) {
    }

    record BatchAnswer(int received, int loaded, int alreadyLoaded, int rejected, List<ItemError> errors) {
    }

    BatchAnswer of(LoadResult result) {
        return new BatchAnswer(result.received(), result.loaded(), result.alreadyLoaded(), result.rejected(),
                result.problems().stream().map(this::error).toList());
    }

    private ItemError error(ItemProblem problem) {
        return new ItemError(problem.index(), problem.field(), problem.code(),
                messages.getMessage(problem.messageCode(), null, problem.code(), LocaleContextHolder.getLocale()));
    }
}
