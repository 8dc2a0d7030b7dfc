using System.Globalization;
using Lutetia.Domain;

namespace Lutetia.Criteria.Tests;

/// <summary>Clinical symptom response and its precedence (mesenluth-protocol.md, "Clinical response").</summary>
public sealed class SymptomResponseTests
{
    private static readonly DateOnly Baseline = new(2019, 1, 1);
    private static readonly DateOnly Evaluation = new(2019, 9, 1);

    /// <summary>"pain=6" intensity 6; "diarrhea=/4" 4 episodes a week; "pain=3/2" both.</summary>
    private static SymptomAssessment[] Assessment(DateOnly date, string spec) =>
        spec.Length == 0 ? [] : spec.Split(' ').Select(item =>
        {
            var (name, value) = (item.Split('=')[0], item.Split('=')[1]);
            var parts = value.Split('/');
            decimal? intensity = parts[0].Length == 0 ? null : decimal.Parse(parts[0], CultureInfo.InvariantCulture);
            decimal? episodes = parts.Length > 1 ? decimal.Parse(parts[1], CultureInfo.InvariantCulture) : null;
            var symptom = name switch { "pain" => Symptom.AbdominalPain, "diarrhea" => Symptom.Diarrhea, _ => Symptom.OcclusiveSyndrome };
            return new SymptomAssessment(SeriesBuilder.Patient, date, SymptomDomain.Mm, symptom, intensity, episodes);
        }).ToArray();

    [Theory]
    [InlineData("pain=6", "pain=0", ClinicalResponse.Complete)]
    [InlineData("pain=6 diarrhea=/4", "pain=0 diarrhea=/2", ClinicalResponse.Partial)]
    [InlineData("pain=6", "pain=3", ClinicalResponse.Partial)]
    [InlineData("pain=6", "pain=4", ClinicalResponse.Stable)]
    [InlineData("pain=6", "pain=9", ClinicalResponse.Stable)]
    [InlineData("pain=6", "pain=9.1", ClinicalResponse.Progression)]
    [InlineData("pain=6", "pain=2 diarrhea=/1", ClinicalResponse.Progression)]
    [InlineData("pain=6 diarrhea=0", "pain=6 diarrhea=1", ClinicalResponse.Progression)]
    [InlineData("pain=6/2", "pain=2/4", ClinicalResponse.Progression)]
    [InlineData("pain=6 diarrhea=/4", "diarrhea=/0", ClinicalResponse.Partial)]
    [InlineData("pain=6", "diarrhea=0", ClinicalResponse.Ne)]
    [InlineData("pain=6", "", ClinicalResponse.Ne)]
    [InlineData("", "pain=3", ClinicalResponse.Ne)]
    public void The_categories_follow_the_protocol_precedence(string baseline, string evaluation, ClinicalResponse expected)
    {
        var verdict = SymptomResponse.Assess(Assessment(Baseline, baseline), Assessment(Evaluation, evaluation));

        Assert.True(verdict.Response == expected, verdict.Explanation.Sentence);
    }

    [Fact]
    public void Progression_names_the_symptom_and_its_measures()
    {
        var verdict = SymptomResponse.Assess(Assessment(Baseline, "pain=4"), Assessment(Evaluation, "pain=7"));

        Assert.Equal("progression: abdominal_pain intensity 4 → 7", verdict.Explanation.Sentence);
    }

    [Fact]
    public void A_symptom_listed_twice_in_one_assessment_is_refused_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            SymptomResponse.Assess(Assessment(Baseline, "pain=4 pain=5"), Assessment(Evaluation, "pain=2")));

        Assert.Contains("abdominal_pain on 2019-01-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_before_the_baseline_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SymptomResponse.Assess(Assessment(Evaluation, "pain=4"), Assessment(Baseline, "pain=2")));
    }
}
