package com.logicrm.classification;

import java.util.Arrays;
import java.util.List;

/**
 * Logistic regression of "still a customer the next year" on ln(1 + x) of a year's orders, services,
 * quantity and amount, by Newton's method (iteratively reweighted least squares) on standardised
 * features, with a light ridge so a sample that separates perfectly still gives finite weights. The
 * weights are returned on the unstandardised ln(1 + x), so the model scores without the sample's means.
 * A feature that does not vary in the sample gets weight 0.
 */
final class LoyaltyFitter {

    /** One customer's year and whether it ordered again the year after. */
    record Observation(double orders, double services, double quantity, double amount, boolean stayed) {

        double[] features() {
            return new double[] {LoyaltyModel.ln1p(orders), LoyaltyModel.ln1p(services), LoyaltyModel.ln1p(quantity),
                LoyaltyModel.ln1p(amount)};
        }
    }

    /** Weights on ln(1 + x) (intercept first) and the fit's quality on its sample. */
    record Fit(double[] weights, LoyaltyModel.FitQuality quality) {
    }

    static final int FEATURES = 4;
    private static final int MAX_ITERATIONS = 50;
    private static final double RIDGE = 1.0;
    private static final double TOLERANCE = 1e-9;

    Fit fit(List<Observation> sample) {
        int n = sample.size();
        int k = FEATURES + 1;
        double[][] x = new double[n][];
        double[] mean = new double[FEATURES];
        double[] sd = new double[FEATURES];
        for (int i = 0; i < n; i++) {
            x[i] = sample.get(i).features();
            for (int j = 0; j < FEATURES; j++) {
                mean[j] += x[i][j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < FEATURES; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < FEATURES; j++) {
            sd[j] = Math.sqrt(sd[j]);
        }
        double[][] z = new double[n][k];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < FEATURES; j++) {
                z[i][j + 1] = sd[j] < 1e-12 ? 0 : (x[i][j] - mean[j]) / sd[j];
            }
        }
        double[] beta = new double[k];
        int iterations = 0;
        while (iterations < MAX_ITERATIONS) {
            iterations++;
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(beta, z[i]));
                double residual = (sample.get(i).stayed() ? 1 : 0) - p;
                double weight = Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a < k; a++) {
                    gradient[a] += residual * z[i][a];
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += weight * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 1; a < k; a++) {
                gradient[a] -= RIDGE * beta[a];
                hessian[a][a] += RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a < k; a++) {
                beta[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] weights = new double[k];
        weights[0] = beta[0];
        for (int j = 0; j < FEATURES; j++) {
            if (sd[j] >= 1e-12) {
                weights[j + 1] = beta[j + 1] / sd[j];
                weights[0] -= beta[j + 1] * mean[j] / sd[j];
            }
        }
        return new Fit(weights, quality(sample, x, weights, iterations));
    }

    private static LoyaltyModel.FitQuality quality(List<Observation> sample, double[][] x, double[] weights,
            int iterations) {
        int n = sample.size();
        double[] scores = new double[n];
        double loss = 0;
        int right = 0;
        int stayed = 0;
        for (int i = 0; i < n; i++) {
            double z = weights[0];
            for (int j = 0; j < FEATURES; j++) {
                z += weights[j + 1] * x[i][j];
            }
            double p = Math.min(1 - 1e-15, Math.max(1e-15, sigmoid(z)));
            boolean y = sample.get(i).stayed();
            scores[i] = p;
            loss -= y ? Math.log(p) : Math.log(1 - p);
            right += (p >= 0.5) == y ? 1 : 0;
            stayed += y ? 1 : 0;
        }
        return new LoyaltyModel.FitQuality(n, stayed, loss / n, (double) right / n, auc(sample, scores, stayed),
                iterations);
    }

    /** The chance that a customer who stayed scores above one who left; ties count half. */
    static double auc(List<Observation> sample, double[] scores, int stayed) {
        int n = scores.length;
        int left = n - stayed;
        if (stayed == 0 || left == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) {
                if (sample.get(order[m]).stayed()) {
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        return (rankSum - stayed * (stayed + 1) / 2.0) / ((double) stayed * left);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, z))));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the ridge keeps the matrix positive definite. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int k = vector.length;
        double[][] a = new double[k][];
        double[] b = vector.clone();
        for (int i = 0; i < k; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int row = col + 1; row < k; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-300) {
                continue;
            }
            for (int row = col + 1; row < k; row++) {
                double factor = a[row][col] / a[col][col];
                b[row] -= factor * b[col];
                for (int c = col; c < k; c++) {
                    a[row][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[k];
        for (int row = k - 1; row >= 0; row--) {
            double sum = b[row];
            for (int c = row + 1; c < k; c++) {
                sum -= a[row][c] * x[c];
            }
            x[row] = Math.abs(a[row][row]) < 1e-300 ? 0 : sum / a[row][row];
        }
        return x;
    }
}
