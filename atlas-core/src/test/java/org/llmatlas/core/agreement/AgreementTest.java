package org.llmatlas.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.SetAnnotation;
import org.junit.jupiter.api.Test;
import org.llmatlas.core.agreement.ReliabilityData.Pair;

class AgreementTest {

    /** Wikipedia, "Cohen's kappa", worked example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no. */
    @Test
    void cohensKappaMatchesWikipediaWorkedExample() {
        List<Pair<String>> pairs = new ArrayList<>();
        pairs.addAll(Collections.nCopies(20, new Pair<>("yes", "yes")));
        pairs.addAll(Collections.nCopies(5, new Pair<>("yes", "no")));
        pairs.addAll(Collections.nCopies(10, new Pair<>("no", "yes")));
        pairs.addAll(Collections.nCopies(15, new Pair<>("no", "no")));

        assertThat(Agreement.percentAgreement(pairs)).isCloseTo(0.7, within(1e-12));
        assertThat(Agreement.cohensKappa(pairs)).isCloseTo(0.4, within(1e-12));
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
     * nominal values with missing data; the paper reports α = 0.743.
     */
    @Test
    void krippendorffAlphaMatchesPublishedNominalExampleWithMissingData() {
        Integer[][] observers = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}
        };
        ReliabilityData<Integer> data = ReliabilityData.of(List.of("A", "B", "C", "D"));
        for (int unit = 0; unit < 12; unit++) {
            data = data.withUnit(
                    Arrays.asList(observers[0][unit], observers[1][unit], observers[2][unit], observers[3][unit]));
        }

        assertThat(Agreement.krippendorffAlpha(data, Distance.nominal())).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void kappaAndAlphaAgreeWithDkproOnAHandCheckedExample() {
        List<Pair<String>> pairs = List.of(
                new Pair<>("A", "A"),
                new Pair<>("A", "B"),
                new Pair<>("B", "B"),
                new Pair<>("B", "B"),
                new Pair<>("A", "A"),
                new Pair<>("C", "C"));
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        pairs.forEach(p -> study.addItem(p.first(), p.second()));

        assertThat(Agreement.cohensKappa(pairs))
                .isCloseTo(new CohenKappaAgreement(study).calculateAgreement(), within(1e-9));
        assertThat(Agreement.krippendorffAlpha(twoCoders(pairs), Distance.nominal()))
                .isCloseTo(
                        new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(),
                        within(1e-9));
    }

    @Test
    void nominalStatisticsAgreeWithDkproOnRandomStudies() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int units = 5 + random.nextInt(40);
            int categories = 2 + random.nextInt(4);
            List<Pair<String>> pairs = new ArrayList<>();
            CodingAnnotationStudy study = new CodingAnnotationStudy(2);
            for (int u = 0; u < units; u++) {
                String a = "c" + random.nextInt(categories);
                String b = random.nextDouble() < 0.6 ? a : "c" + random.nextInt(categories);
                pairs.add(new Pair<>(a, b));
                study.addItem(a, b);
            }
            double ourKappa = Agreement.cohensKappa(pairs);
            if (!Double.isNaN(ourKappa)) {
                assertThat(ourKappa)
                        .as("round %d", round)
                        .isCloseTo(new CohenKappaAgreement(study).calculateAgreement(), within(1e-9));
            }
            assertThat(Agreement.percentAgreement(pairs))
                    .isCloseTo(new PercentageAgreement(study).calculateAgreement(), within(1e-9));
            double ourAlpha = Agreement.krippendorffAlpha(twoCoders(pairs), Distance.nominal());
            if (!Double.isNaN(ourAlpha)) {
                assertThat(ourAlpha)
                        .as("round %d", round)
                        .isCloseTo(
                                new KrippendorffAlphaAgreement(study, new NominalDistanceFunction())
                                        .calculateAgreement(),
                                within(1e-9));
            }
        }
    }

    /**
     * Alpha with a set distance and missing codes: DKPro's alpha, given our MASI distance, must give our figure. (DKPro's
     * own "MASI" class weights the Jaccard distance differently from Passonneau's definition, so the distance itself
     * is pinned by {@link #masiDistanceRewardsSubsetsMoreThanOverlaps()} instead.)
     */
    @Test
    void setAlphaWithMissingCodesAgreesWithDkpro() {
        List<String> labels = List.of("OBJ-HHH-HONEST", "OBJ-HHH-HARMLESS", "OBJ-FATE-FAIRNESS", "OBJ-RICE-ROBUSTNESS");
        Distance<Set<String>> masi = Distance.masi();
        IDistanceFunction sameDistance = (study, a, b) -> masi.between(asSet(a), asSet(b));
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            ReliabilityData<Set<String>> data = ReliabilityData.of(List.of("a", "b", "c"));
            CodingAnnotationStudy study = new CodingAnnotationStudy(3);
            for (int u = 0; u < 12; u++) {
                List<Set<String>> row = new ArrayList<>();
                for (int coder = 0; coder < 3; coder++) {
                    Set<String> chosen = new TreeSet<>();
                    labels.stream().filter(l -> random.nextDouble() < 0.4).forEach(chosen::add);
                    boolean missing = coder == 2 && random.nextDouble() < 0.3;
                    row.add(missing ? null : chosen);
                }
                data = data.withUnit(row);
                study.addItem(row.stream()
                        .map(v -> v == null ? null : new SetAnnotation(v))
                        .toArray());
            }
            double theirs = new KrippendorffAlphaAgreement(study, sameDistance).calculateAgreement();
            assertThat(Agreement.krippendorffAlpha(data, masi))
                    .as("round %d", round)
                    .isCloseTo(theirs, within(1e-9));
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> asSet(Object annotation) {
        return Set.copyOf((Set<String>) annotation);
    }

    @Test
    void masiDistanceRewardsSubsetsMoreThanOverlaps() {
        Distance<Set<String>> masi = Distance.masi();
        assertThat(masi.between(Set.of("a", "b"), Set.of("a", "b"))).isZero();
        assertThat(masi.between(Set.of("a", "b"), Set.of("a"))).isCloseTo(1 - 0.5 * 2 / 3.0, within(1e-12));
        assertThat(masi.between(Set.of("a", "b"), Set.of("a", "c"))).isCloseTo(1 - 1 / 3.0 * 1 / 3.0, within(1e-12));
        assertThat(masi.between(Set.of("a"), Set.of("b"))).isEqualTo(1.0);
        assertThat(Distance.<String>jaccard().between(Set.of("a", "b"), Set.of("a", "c")))
                .isCloseTo(1 - 1 / 3.0, within(1e-12));
    }

    @Test
    void perLabelKappaTurnsEachObjectiveIntoAYesNoDecision() {
        List<Pair<Set<String>>> pairs = List.of(
                new Pair<>(Set.of("H"), Set.of("H")),
                new Pair<>(Set.of("H", "F"), Set.of("H")),
                new Pair<>(Set.of(), Set.of("F")),
                new Pair<>(Set.of("F"), Set.of("F")),
                new Pair<>(Set.of(), Set.of()));

        var kappas = Agreement.perLabelKappa(pairs);

        assertThat(kappas).containsOnlyKeys("F", "H");
        assertThat(kappas.get("H")).isEqualTo(1.0);
        // F: yes/yes 1, yes/no 1, no/yes 1, no/no 2 → p_o = 0.6, p_e = 0.4·0.4 + 0.6·0.6 = 0.52, κ = 0.08/0.48
        assertThat(kappas.get("F")).isCloseTo(0.08 / 0.48, within(1e-12));
    }

    @Test
    void undefinedStatisticsAreNaNNotAnInventedNumber() {
        assertThat(Agreement.cohensKappa(List.<Pair<String>>of())).isNaN();
        assertThat(Agreement.cohensKappa(List.of(new Pair<>("x", "x")))).isNaN();
        ReliabilityData<String> single =
                ReliabilityData.<String>of(List.of("a", "b")).withUnit(Arrays.asList("x", null));
        assertThat(Agreement.krippendorffAlpha(single, Distance.nominal())).isNaN();
        assertThat(Agreement.percentAgreement(single)).isNaN();
    }

    @Test
    void percentAgreementOverSeveralCodersAveragesAgreeingPairsPerUnit() {
        ReliabilityData<String> data = ReliabilityData.<String>of(List.of("a", "b", "c"))
                .withUnit(List.of("x", "x", "x"))
                .withUnit(List.of("x", "x", "y"));
        assertThat(Agreement.percentAgreement(data)).isCloseTo((1.0 + 1 / 3.0) / 2, within(1e-12));
    }

    @Test
    void rejectsAUnitWithTheWrongNumberOfValues() {
        assertThatThrownBy(() -> ReliabilityData.<String>of(List.of("a", "b")).withUnit(List.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit 0 has 1 values but there are 2 coders");
    }

    private static <T> ReliabilityData<T> twoCoders(List<Pair<T>> pairs) {
        ReliabilityData<T> data = ReliabilityData.of(List.of("first", "second"));
        for (Pair<T> p : pairs) {
            data = data.withUnit(List.of(p.first(), p.second()));
        }
        return data;
    }
}
