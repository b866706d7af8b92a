package com.logicrm.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The scoring rule of COL-4 on its own: fractions per kind, weights, unanswered questions, means. */
class QuestionnaireScoringTests {

    static final List<ChoiceOption> SATISFACTION = List.of(new ChoiceOption("A", "非常满意", 100),
            new ChoiceOption("B", "满意", 75), new ChoiceOption("C", "一般", 50), new ChoiceOption("D", "不满意", 0));

    static final Questionnaire SURVEY = new Questionnaire(1, "服务满意度", QuestionnairePurpose.SATISFACTION, null,
            QuestionnaireStatus.PUBLISHED,
            List.of(new Dimension("service", "服务", new BigDecimal("2")), new Dimension("price", "价格", BigDecimal.ONE),
                    new Dimension("it", "信息系统", BigDecimal.ONE)),
            List.of(new Question("q1", QuestionKind.SINGLE_CHOICE, "总体满意度", "service", new BigDecimal("3"), true,
                            SATISFACTION),
                    new Question("q2", QuestionKind.SCALE, "时效", "service", BigDecimal.ONE, false, List.of()),
                    new Question("q3", QuestionKind.MULTIPLE_CHOICE, "认可的价格优势", "price", BigDecimal.ONE, false,
                            List.of(new ChoiceOption("A", "运价", 60), new ChoiceOption("B", "账期", 30),
                                    new ChoiceOption("C", "无", 0), new ChoiceOption("D", "折扣", 10))),
                    new Question("q4", QuestionKind.SCALE, "系统易用", "it", BigDecimal.ONE, false, List.of()),
                    new Question("q5", QuestionKind.TEXT, "建议", null, BigDecimal.ONE, false, List.of())),
            0, "supervisor", Instant.EPOCH, Instant.EPOCH);

    @Test
    void eachKindEarnsItsFraction() {
        Question single = SURVEY.questions().get(0);
        assertThat(QuestionnaireScoring.fraction(single, choice("q1", "B"))).isEqualTo(0.75);
        assertThat(QuestionnaireScoring.fraction(single, choice("q1", "D"))).isEqualTo(0.0);
        Question scale = SURVEY.questions().get(1);
        assertThat(QuestionnaireScoring.fraction(scale, scale("q2", 1))).isEqualTo(0.0);
        assertThat(QuestionnaireScoring.fraction(scale, scale("q2", 4))).isEqualTo(0.75);
        assertThat(QuestionnaireScoring.fraction(scale, scale("q2", 5))).isEqualTo(1.0);
        Question multiple = SURVEY.questions().get(2);
        assertThat(QuestionnaireScoring.fraction(multiple, choice("q3", "A", "B"))).isEqualTo(0.9);
        assertThat(QuestionnaireScoring.fraction(multiple, choice("q3", "A", "B", "C", "D"))).isEqualTo(1.0);
        assertThat(QuestionnaireScoring.fraction(SURVEY.questions().get(4), text("q5", "多开几条专线"))).isNull();
        assertThat(QuestionnaireScoring.fraction(single, null)).isNull();
    }

    @Test
    void dimensionsAreWeightedMeansAndTheOverallScoreWeighsTheDimensions() {
        ResponseScore score = QuestionnaireScoring.score(SURVEY, List.of(choice("q1", "B"), scale("q2", 5),
                choice("q3", "A"), scale("q4", 3), text("q5", "希望开通夜间提货")));

        // service: (3 × 0.75 + 1 × 1.0) / 4 = 81.25 → 81.3; price: 60 / 100; it: (3 − 1) / 4
        assertThat(score.dimensions()).extracting(DimensionScore::dimension, DimensionScore::score,
                DimensionScore::answered, DimensionScore::scored).containsExactly(
                tuple("service", "81.3", 2, 2), tuple("price", "60.0", 1, 1), tuple("it", "50.0", 1, 1));
        // (2 × 81.3 + 60 + 50) / 4 = 68.15 → 68.2 (from the rounded dimension scores)
        assertThat(score.overall()).isEqualByComparingTo("68.2");
    }

    @Test
    void unansweredQuestionsAreLeftOutNotCountedAsZero() {
        ResponseScore score = QuestionnaireScoring.score(SURVEY, List.of(choice("q1", "A")));

        // service rests on q1 alone; price and it have no score and do not pull the overall score down
        assertThat(score.dimensions()).extracting(DimensionScore::score)
                .containsExactly(new BigDecimal("100.0"), null, null);
        assertThat(score.dimensions().get(0).answered()).isEqualTo(1);
        assertThat(score.dimensions().get(0).scored()).isEqualTo(2);
        assertThat(score.overall()).isEqualByComparingTo("100.0");
    }

    @Test
    void nothingScoredAnsweredMeansNoScoreAtAll() {
        ResponseScore score = QuestionnaireScoring.score(SURVEY, List.of(text("q5", "无")));

        assertThat(score.overall()).isNull();
        assertThat(score.dimensions()).extracting(DimensionScore::score).containsOnlyNulls();
    }

    @Test
    void theMeanOverCustomersCountsOnlyCustomersWithAScoreInTheDimension() {
        ResponseScore first = QuestionnaireScoring.score(SURVEY, List.of(choice("q1", "A"), scale("q4", 5)));
        ResponseScore second = QuestionnaireScoring.score(SURVEY, List.of(choice("q1", "C"), choice("q3", "B")));

        ResponseScore mean = QuestionnaireScoring.mean(SURVEY, List.of(first, second));

        // service (100 + 50) / 2; price only the second (30); it only the first (100)
        assertThat(mean.dimensions()).extracting(DimensionScore::score).containsExactly(
                new BigDecimal("75.0"), new BigDecimal("30.0"), new BigDecimal("100.0"));
        assertThat(mean.dimensions()).extracting(DimensionScore::answered).containsExactly(2, 1, 1);
        // overall: first (2 × 100 + 100) / 3 = 100, second (2 × 50 + 30) / 3 = 43.3 → mean 71.7 (71.65 half-up)
        assertThat(first.overall()).isEqualByComparingTo("100.0");
        assertThat(second.overall()).isEqualByComparingTo("43.3");
        assertThat(mean.overall()).isEqualByComparingTo("71.7");
        assertThat(QuestionnaireScoring.mean(SURVEY, List.of()).overall()).isNull();
    }

    private static Tuple tuple(String dimension, String score, int answered, int scored) {
        return Tuple.tuple(dimension, new BigDecimal(score), answered, scored);
    }

    private static Answer choice(String question, String... choices) {
        return new Answer(question, List.of(choices), null, null);
    }

    private static Answer scale(String question, int point) {
        return new Answer(question, List.of(), point, null);
    }

    private static Answer text(String question, String text) {
        return new Answer(question, List.of(), null, text);
    }
}
