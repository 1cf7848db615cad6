using ClaimCheck.Normalization;

namespace ClaimCheck.Tests.Normalization;

public class QuantityScannerTests
{
    private static List<Quantity> Scan(string text)
    {
        var output = new List<Quantity>();
        QuantityScanner.Scan(text, new TextSpan(0, text.Length), output);
        foreach (var q in output) Assert.That(q.Span.Of(text), Is.EqualTo(q.Text));
        return output;
    }

    private static Quantity Single(string text, string spanText)
    {
        var found = Scan(text).Where(q => q.Text == spanText).ToList();
        Assert.That(found, Has.Count.EqualTo(1), () => $"'{spanText}' in: " + string.Join(" | ", Scan(text).Select(q => q.Text)));
        return found[0];
    }

    private static void AssertInterval(Interval actual, double min, double max, bool minInc = true, bool maxInc = true)
    {
        Assert.That(actual.Min, Is.EqualTo(min).Within(1e-9));
        Assert.That(actual.Max, Is.EqualTo(max).Within(1e-9));
        Assert.That(actual.MinInclusive, Is.EqualTo(minInc));
        Assert.That(actual.MaxInclusive, Is.EqualTo(maxInc));
    }

    private const double Inf = double.PositiveInfinity;

    /// <summary>Every hedge and bound word, in any case: the interval it puts on a count of 40.</summary>
    [TestCase("no more than", 0, 40, true, true)]
    [TestCase("No greater than", 0, 40, true, true)]
    [TestCase("no fewer than", 40, Inf, true, false)]
    [TestCase("no less than", 40, Inf, true, false)]
    [TestCase("just more than", 40, 46, false, true)]
    [TestCase("more than", 40, Inf, false, false)]
    [TestCase("upwards of", 40, Inf, false, false)]
    [TestCase("greater than", 40, Inf, false, false)]
    [TestCase("in excess of", 40, Inf, false, false)]
    [TestCase("fewer than", 0, 40, true, false)]
    [TestCase("LESS THAN", 0, 40, true, false)]
    [TestCase("at least", 40, Inf, true, false)]
    [TestCase("a minimum of", 40, Inf, true, false)]
    [TestCase("at most", 0, 40, true, true)]
    [TestCase("up to", 0, 40, true, true)]
    [TestCase("a maximum of", 0, 40, true, true)]
    [TestCase("as many as", 0, 40, true, true)]
    [TestCase("as much as", 0, 40, true, true)]
    [TestCase("just under", 34, 40, true, false)]
    [TestCase("just below", 34, 40, true, false)]
    [TestCase("close to", 34, 40, true, false)]
    [TestCase("just over", 40, 46, false, true)]
    [TestCase("just above", 40, 46, false, true)]
    [TestCase("only just", 30, 40, true, true)]
    [TestCase("an estimated", 34, 46, true, true)]
    [TestCase("Nearly", 34, 40, true, false)]
    [TestCase("almost", 34, 40, true, false)]
    [TestCase("barely", 30, 40, true, true)]
    [TestCase("scarcely", 30, 40, true, true)]
    [TestCase("hardly", 30, 40, true, true)]
    [TestCase("over", 40, Inf, false, false)]
    [TestCase("above", 40, Inf, false, false)]
    [TestCase("exceeding", 40, Inf, false, false)]
    [TestCase("under", 0, 40, true, false)]
    [TestCase("below", 0, 40, true, false)]
    [TestCase("about", 34, 46, true, true)]
    [TestCase("Around", 34, 46, true, true)]
    [TestCase("roughly", 34, 46, true, true)]
    [TestCase("approximately", 34, 46, true, true)]
    [TestCase("some", 34, 46, true, true)]
    [TestCase("circa", 34, 46, true, true)]
    [TestCase("approx", 34, 46, true, true)]
    [TestCase("estimated", 34, 46, true, true)]
    public void EveryModifierBoundsTheCount(string modifier, double min, double max, bool minInc, bool maxInc)
    {
        var q = Single($"Officials said {modifier} 40 troops were sent.", $"{modifier} 40 troops");
        AssertInterval(q.Value, min, max, minInc, maxInc);
    }

    [TestCase("no more")]
    [TestCase("just")]
    [TestCase("in")]
    [TestCase("a minimum")]
    [TestCase("as many")]
    [TestCase("close")]
    [TestCase("only")]
    public void AnIncompleteModifierIsNotPartOfTheQuantity(string words) =>
        Assert.That(Scan($"Officials said {words} 40 troops were sent.").Select(q => q.Text), Does.Not.Contain($"{words} 40 troops"));

    [Test]
    public void OverFourHoursIsAnOpenDuration()
    {
        var q = Single("held talks in Riyadh, Saudi Arabia, for over four hours.", "over four hours");
        Assert.That(q.Value, Is.EqualTo(Interval.Above(4)));
        Assert.That(q.Unit, Is.EqualTo("hour"));
        Assert.That(q.Kind, Is.EqualTo(QuantityKind.Duration));
    }

    [Test]
    public void FourAndAHalfHours()
    {
        var q = Single("Following four and a half hours of negotiations in Riyadh", "four and a half hours");
        AssertInterval(q.Value, 4.5, 4.5);
        Assert.That(q.Unit, Is.EqualTo("hour"));
        Assert.That(q.Kind, Is.EqualTo(QuantityKind.Duration));
    }

    [Test]
    public void BarelyTwoHoursIsThreeQuartersToTwo()
    {
        var q = Single("The talks in Jeddah on Monday lasted barely two hours, according to officials.", "barely two hours");
        AssertInterval(q.Value, 1.5, 2);
        Assert.That(q.Unit, Is.EqualTo("hour"));
    }

    [Test]
    public void RoughlyThreeHoursIsApproximate()
    {
        var q = Single("They met for roughly 3 hours.", "roughly 3 hours");
        Assert.That(q.Approximate, Is.True);
        AssertInterval(q.Value, 2.55, 3.45);
        Assert.That(q.Unit, Is.EqualTo("hour"));
    }

    [Test]
    public void FourMainAgreementsCountsAgreements()
    {
        var all = Scan("Following the discussions, the two sides reached four main agreements, including restoring ties.");
        var q = all.Single(x => x.Text == "four main agreements");
        AssertInterval(q.Value, 4, 4);
        Assert.That(q.Kind, Is.EqualTo(QuantityKind.Count));
        Assert.That(q.Counted, Is.EqualTo("agreement"));
        var sides = all.Single(x => x.Text == "two sides");
        Assert.That(sides.Counted, Is.EqualTo("side"));
    }

    [Test]
    public void FiveMainAgreements()
    {
        var q = Single("The two sides reached five main agreements, a Russian diplomat said.", "five main agreements");
        AssertInterval(q.Value, 5, 5);
        Assert.That(q.Counted, Is.EqualTo("agreement"));
    }

    [Test]
    public void HyphenatedNumberNounCountsTheNoun()
    {
        var q = Single("Russia and the U.S. proposed a three-stage peace plan for Ukraine.", "three-stage");
        AssertInterval(q.Value, 3, 3);
        Assert.That(q.Kind, Is.EqualTo(QuantityKind.Count));
        Assert.That(q.Counted, Is.EqualTo("stage"));
    }

    [Test]
    public void HyphenatedDurationAdjective()
    {
        var q = Single("It was a four-hour meeting.", "four-hour");
        Assert.That(q.Kind, Is.EqualTo(QuantityKind.Duration));
        Assert.That(q.Unit, Is.EqualTo("hour"));
        AssertInterval(q.Value, 4, 4);
    }

    [Test]
    public void ThousandsSeparatorAndNounModifiers()
    {
        var q = Single("Musk donated 20,000 Starlink internet terminals to Ukraine.", "20,000 Starlink internet terminals");
        AssertInterval(q.Value, 20000, 20000);
        Assert.That(q.Counted, Is.EqualTo("terminal"));
    }

    [Test]
    public void DecimalTimesMillion()
    {
        var q = Single("The war displaced 2.3 million people.", "2.3 million people");
        AssertInterval(q.Value, 2300000, 2300000);
        Assert.That(q.Counted, Is.EqualTo("people"));
    }

    [Test]
    public void DozenForms()
    {
        Assert.That(Single("a dozen officials attended", "a dozen officials").Value, Is.EqualTo(Interval.Point(12)));
        var dozens = Single("dozens of people were hurt", "dozens of people");
        AssertInterval(dozens.Value, 24, 100, true, false);
        Assert.That(dozens.Approximate, Is.True);
        Assert.That(dozens.Counted, Is.EqualTo("people"));
        var more = Single("more than a dozen drones were shot down", "more than a dozen drones");
        Assert.That(more.Value, Is.EqualTo(Interval.Above(12)));
        Assert.That(more.Counted, Is.EqualTo("drone"));
    }

    [Test]
    public void VagueCounts()
    {
        var few = Single("a few weeks ago", "a few weeks");
        AssertInterval(few.Value, 2, 5);
        Assert.That(few.Approximate, Is.True);
        AssertInterval(Single("Moscow presented several proposals.", "several proposals").Value, 3, 9);
        AssertInterval(Single("after a couple of days", "a couple of days").Value, 2, 2);
    }

    [Test]
    public void Percentages()
    {
        var words = Single("Prices rose 11 percent last year.", "11 percent");
        Assert.That(words.Kind, Is.EqualTo(QuantityKind.Percent));
        Assert.That(words.Unit, Is.EqualTo("percent"));
        AssertInterval(words.Value, 11, 11);
        var sign = Single("Growth slowed to 4.4%.", "4.4%");
        Assert.That(sign.Kind, Is.EqualTo(QuantityKind.Percent));
        AssertInterval(sign.Value, 4.4, 4.4);
    }

    [Test]
    public void MoneyWithScale()
    {
        var q = Single("The fund committed $2.5 billion to the project.", "$2.5 billion");
        Assert.That(q.Kind, Is.EqualTo(QuantityKind.Money));
        Assert.That(q.Unit, Is.EqualTo("usd"));
        AssertInterval(q.Value, 2.5e9, 2.5e9);
        Assert.That(Single("a €3bn loan", "€3bn").Unit, Is.EqualTo("eur"));
        Assert.That(Single("costing £40 million", "£40 million").Unit, Is.EqualTo("gbp"));
    }

    [Test]
    public void Ranges()
    {
        var between = Single("The visit will last between 3 and 5 days.", "between 3 and 5 days");
        AssertInterval(between.Value, 3, 5);
        Assert.That(between.Unit, Is.EqualTo("day"));
        AssertInterval(Single("It takes 3-5 days.", "3-5 days").Value, 3, 5);
        AssertInterval(Single("It takes two to three weeks.", "two to three weeks").Value, 2, 3);
    }

    [Test]
    public void Modifiers()
    {
        AssertInterval(Single("at least 12 people died", "at least 12 people").Value, 12, double.PositiveInfinity, true, false);
        AssertInterval(Single("fewer than 40 troops", "fewer than 40 troops").Value, 0, 40, true, false);
        AssertInterval(Single("up to 40 troops", "up to 40 troops").Value, 0, 40);
        AssertInterval(Single("nearly 100 delegates", "nearly 100 delegates").Value, 85, 100, true, false);
        var about = Single("about 200 people", "about 200 people");
        Assert.That(about.Approximate, Is.True);
        AssertInterval(about.Value, 170, 230);
    }

    [Test]
    public void Ordinals()
    {
        var first = Single("It was the first meeting between them.", "first meeting");
        Assert.That(first.Kind, Is.EqualTo(QuantityKind.Ordinal));
        AssertInterval(first.Value, 1, 1);
        Assert.That(first.Counted, Is.EqualTo("meeting"));
        var second = Single("The second round starts soon.", "second round");
        AssertInterval(second.Value, 2, 2);
        Assert.That(second.Counted, Is.EqualTo("round"));
        var stage = Single("The first stage involves a ceasefire.", "first stage");
        Assert.That(stage.Counted, Is.EqualTo("stage"));
        var kind = Single("Tuesday's meeting was the first of its kind.", "first");
        Assert.That(kind.Counted, Is.Null);
        var neg = Single("the first in-person US-Russian negotiations since 2022", "first in-person US-Russian negotiations");
        Assert.That(neg.Counted, Is.EqualTo("negotiation"));
        Assert.That(Single("the 21st summit", "21st summit").Value, Is.EqualTo(Interval.Point(21)));
    }

    [Test]
    public void DatesYearsAndIdsAreSkipped()
    {
        Assert.That(Scan("On the 18th, they met on February 12, 2025 and 12 February."), Is.Empty);
        Assert.That(Scan("Written 2nd March 2025 and dated 2025-02-18."), Is.Empty);
        Assert.That(Scan("the promise made at the 2008 Bucharest Summit"), Is.Empty);
        Assert.That(Scan("Musk said in 2023 that it began since 2022."), Is.Empty);
        Assert.That(Scan("The attack began at 0335 GMT near World War III memorial No. 5."), Is.Empty);
        Assert.That(Scan("one of the leaders, no one else, the one who came"), Is.Empty);
        Assert.That(Scan("a meeting, a deal, an hour"), Is.Empty);
        Assert.That(Scan("Resolution 2202 and COVID-19 and F-16 jets"), Is.Empty);
    }

    [Test]
    public void HalvesAndCompoundNumberWords()
    {
        var half = Single("They spoke for half an hour.", "half an hour");
        AssertInterval(half.Value, 0.5, 0.5);
        Assert.That(half.Unit, Is.EqualTo("hour"));
        AssertInterval(Single("one and a half hours later", "one and a half hours").Value, 1.5, 1.5);
        AssertInterval(Single("twenty-five delegates", "twenty-five delegates").Value, 25, 25);
        AssertInterval(Single("two hundred and fifty troops", "two hundred and fifty troops").Value, 250, 250);
        Assert.That(Scan("one-on-one talks and two-thirds of voters"), Is.Empty);
    }

    [Test]
    public void YearLikeNumberWithPluralNounIsACount()
    {
        var q = Single("They sent 2000 troops.", "2000 troops");
        Assert.That(q.Counted, Is.EqualTo("troop"));
    }

    [Test]
    public void RangeLimitsScanning()
    {
        const string text = "four hours and five days";
        var output = new List<Quantity>();
        QuantityScanner.Scan(text, new TextSpan(15, 9), output);
        Assert.That(output.Select(q => q.Text), Is.EqualTo(new[] { "five days" }));
    }

    [Test]
    public void HostileInputsDoNotThrow()
    {
        string[] inputs =
        [
            new string('9', 100_000) + " people", "10^400 stars", "year 99999", new string('(', 1_000_000),
            "20\u200D000 troops", "2\u200B0 people", "\u200Ffour\u200F hours", "0th place", "\uD83D\uDE00 5 \uD83D\uDE00",
            "1,2,3,4,5", "...5...", "$", "%", "-5", "5-", "1.2.3.4 and 3:30 and 24/7", "a a a a a", "and a half",
            "between and", "more than", "1e400 people", "\uD800", string.Concat(Enumerable.Repeat("1,000,", 20_000)),
        ];
        foreach (var input in inputs)
        {
            Assert.DoesNotThrow(() => Scan(input), input.Length > 40 ? input[..40] : input);
        }
        Assert.That(Scan(new string('9', 100_000) + " people").Where(q => !double.IsFinite(q.Value.Min)), Is.Empty);
        Assert.That(Scan("0th place"), Is.Empty);
        var output = new List<Quantity>();
        Assert.DoesNotThrow(() => QuantityScanner.Scan("five days", new TextSpan(3, 400), output));
        Assert.DoesNotThrow(() => QuantityScanner.Scan("five days", new TextSpan(400, 3), output));
    }
}
