package com.logicrm.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How answers become scores (COL-4). Every scored question yields a fraction between 0 and 1:
 * <ul>
 * <li>1–5 scale: (answer − 1) / 4, so 1 is 0 and 5 is 1;</li>
 * <li>single choice: the chosen option's points divided by the best option's points;</li>
 * <li>multiple choice: the chosen options' points divided by the points of all options together.</li>
 * </ul>
 * A dimension's score is 100 × the weighted mean of the fractions of its <em>answered</em> questions.
 * An unanswered question counts neither as 0 nor as full marks: it is left out, and the weights of the
 * answered ones carry the dimension; a dimension none of whose questions was answered has no score
 * (null) rather than 0. The overall score is the mean of the dimension scores weighted by the
 * dimensions' weights, over the dimensions that have a score. Free-text questions are not scored.
 * Scores are rounded half-up to one decimal.
 */
final class QuestionnaireScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuestionnaireScoring() {
    }

    static ResponseScore score(Questionnaire questionnaire, List<Answer> answers) {
        Map<String, Answer> byQuestion = answers.stream()
                .collect(Collectors.toMap(Answer::question, Function.identity(), (a, b) -> b));
        List<DimensionScore> dimensions = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Dimension dimension : questionnaire.dimensions()) {
            double sum = 0;
            double sumWeights = 0;
            int answered = 0;
            int scored = 0;
            for (Question question : questionnaire.questions()) {
                if (!question.kind().scored() || !dimension.code().equals(question.dimension())) {
                    continue;
                }
                Double fraction = fraction(question, byQuestion.get(question.code()));
                scored++;
                if (fraction != null) {
                    answered++;
                    double weight = question.weight().doubleValue();
                    sum += weight * fraction;
                    sumWeights += weight;
                }
            }
            BigDecimal score = sumWeights == 0 ? null : rounded(100 * sum / sumWeights);
            dimensions.add(new DimensionScore(dimension.code(), dimension.name(), score, answered, scored));
            if (score != null) {
                weighted += dimension.weight().doubleValue() * score.doubleValue();
                weights += dimension.weight().doubleValue();
            }
        }
        return new ResponseScore(weights == 0 ? null : rounded(weighted / weights), List.copyOf(dimensions));
    }

    /**
     * The mean of the customers' scores, per dimension and overall, each over the customers who have a
     * score there (a customer who skipped a whole dimension does not pull its mean down).
     */
    static ResponseScore mean(Questionnaire questionnaire, Collection<ResponseScore> scores) {
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            List<DimensionScore> of = scores.stream()
                    .flatMap(s -> s.dimensions().stream())
                    .filter(d -> d.dimension().equals(dimension.code()))
                    .toList();
            dimensions.add(new DimensionScore(dimension.code(), dimension.name(),
                    average(of.stream().map(DimensionScore::score).toList()),
                    (int) of.stream().filter(d -> d.score() != null).count(), scores.size()));
        }
        return new ResponseScore(average(scores.stream().map(ResponseScore::overall).toList()),
                List.copyOf(dimensions));
    }

    /** The fraction 0–1 an answer earns, or null when the question was not answered (or is not scored). */
    static Double fraction(Question question, Answer answer) {
        if (answer == null) {
            return null;
        }
        return switch (question.kind()) {
            case SCALE -> answer.scale() == null ? null : (answer.scale() - 1) / 4.0;
            case SINGLE_CHOICE -> {
                int max = maxPoints(question);
                yield answer.choices().isEmpty() || max == 0 ? null : points(question, answer) / (double) max;
            }
            case MULTIPLE_CHOICE -> {
                int all = question.options().stream().mapToInt(ChoiceOption::points).sum();
                yield answer.choices().isEmpty() || all == 0 ? null
                        : Math.min(1.0, points(question, answer) / (double) all);
            }
            case TEXT -> null;
        };
    }

    private static int maxPoints(Question question) {
        return question.options().stream().mapToInt(ChoiceOption::points).max().orElse(0);
    }

    private static int points(Question question, Answer answer) {
        return question.options().stream().filter(o -> answer.choices().contains(o.code()))
                .mapToInt(ChoiceOption::points).sum();
    }

    private static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(present.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).min(HUNDRED);
    }
}
