package com.logicrm.collection;

import com.logicrm.access.SignedInUser;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A questionnaire's answers as an .xlsx: one row per response with the customer, channel, overall and
 * dimension scores, then each question's answer as text (option labels, not codes). Written with the
 * streaming {@link XlsxSheet}; every text cell is made {@link Cells#inert inert}.
 */
@Component
class ResultsWorkbook {

    private final MessageSource messages;
    private final Clock clock;

    ResultsWorkbook(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void write(Questionnaire questionnaire, List<QuestionnaireResponse> responses, SignedInUser user, Locale locale,
            OutputStream out) throws IOException {
        try (SheetWriter sheet = new XlsxSheet(out, text("questionnaire.export.sheet", locale), user.displayName())) {
            List<Object> header = new ArrayList<>(List.of(text("questionnaire.export.customer", locale),
                    text("questionnaire.answeredOn", locale), text("questionnaire.channel", locale),
                    text("questionnaire.respondent", locale), text("questionnaire.overall", locale)));
            questionnaire.dimensions().forEach(d -> header.add(Cells.inert(d.name())));
            questionnaire.questions().forEach(q -> header.add(Cells.inert(q.code() + " " + q.text())));
            sheet.row(header);
            for (QuestionnaireResponse response : responses) {
                List<Object> row = new ArrayList<>();
                row.add(Cells.inert(response.customerName()));
                row.add(response.answeredOn().toString());
                row.add(text("questionnaire.channel." + response.channel(), locale));
                row.add(response.respondent() == null ? null : Cells.inert(response.respondent()));
                row.add(response.score().overall());
                response.score().dimensions().forEach(d -> row.add(d.score()));
                questionnaire.questions().forEach(q -> row.add(answerText(q, response)));
                sheet.row(row);
            }
            sheet.provenance(List.of(List.of(text("questionnaire.export.about", locale)),
                    List.of(text("questionnaire.export.questionnaire", locale), Cells.inert(questionnaire.title())),
                    List.of(text("questionnaire.export.by", locale),
                            user.displayName() + " (" + user.getUsername() + ")"),
                    List.of(text("questionnaire.export.at", locale),
                            DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.now(clock))),
                    List.of(text("questionnaire.export.rows", locale), Integer.toString(responses.size())),
                    List.of(text("questionnaire.export.scoring", locale), text("questionnaire.scoring.rule", locale))));
        }
    }

    private static String answerText(Question question, QuestionnaireResponse response) {
        return response.answers().stream().filter(a -> a.question().equals(question.code())).findFirst()
                .map(a -> switch (question.kind()) {
                    case SCALE -> a.scale() == null ? null : a.scale().toString();
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> Cells.inert(a.choices().stream()
                            .map(question::optionLabel).collect(Collectors.joining("；")));
                    case TEXT -> a.text() == null ? null : Cells.inert(a.text());
                })
                .orElse(null);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
