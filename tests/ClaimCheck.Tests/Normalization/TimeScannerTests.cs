using ClaimCheck.Normalization;

namespace ClaimCheck.Tests.Normalization;

public class TimeScannerTests
{
    private static List<TimeExpression> Scan(string text, DateOnly? dateline)
    {
        var output = new List<TimeExpression>();
        TimeScanner.Scan(text, new TextSpan(0, text.Length), dateline, output);
        foreach (var t in output) Assert.That(t.Span.Of(text), Is.EqualTo(t.Text));
        return output;
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static TimeExpression Single(string text, string? dateline, string spanText)
    {
        var all = Scan(text, dateline is null ? null : D(dateline));
        var found = all.Where(t => t.Text == spanText).ToList();
        Assert.That(found, Has.Count.EqualTo(1), () => $"'{spanText}' in: " + string.Join(" | ", all.Select(t => t.Text)));
        return found[0];
    }

    private static void AssertRange(TimeExpression t, string from, string to, TimeResolution resolution)
    {
        Assert.That(t.From, Is.EqualTo(D(from)));
        Assert.That(t.To, Is.EqualTo(D(to)));
        Assert.That(t.Resolution, Is.EqualTo(resolution));
    }

    [Test]
    public void TheEighteenthIsTheLatestEighteenth()
    {
        var t = Single("On the 18th, U.S. and Russian representatives held talks.", "2025-02-20", "the 18th");
        AssertRange(t, "2025-02-18", "2025-02-18", TimeResolution.RelativeToDateline);
        Assert.That(t.IsRelative, Is.True);
        AssertRange(Single("On the 28th they met.", "2025-03-02", "the 28th"), "2025-02-28", "2025-02-28", TimeResolution.RelativeToDateline);
    }

    [Test]
    public void LastWeekIsThePreviousIsoWeek()
    {
        AssertRange(Single("a phone call last week", "2025-02-20", "last week"), "2025-02-10", "2025-02-16", TimeResolution.RelativeToDateline);
        AssertRange(Single("a phone call last week", "2025-03-02", "last week"), "2025-02-17", "2025-02-23", TimeResolution.RelativeToDateline);
    }

    [Test]
    public void NextWeekAndNextMonday()
    {
        AssertRange(Single("unlikely to take place next week", "2025-02-18", "next week"), "2025-02-24", "2025-03-02", TimeResolution.RelativeToDateline);
        AssertRange(Single("They meet next Monday.", "2025-02-18", "next Monday"), "2025-02-24", "2025-02-24", TimeResolution.RelativeToDateline);
    }

    [Test]
    public void WeekdaysDefaultToThePast()
    {
        AssertRange(Single("negotiations in Riyadh on Tuesday", "2025-03-02", "Tuesday"), "2025-02-25", "2025-02-25", TimeResolution.RelativeToDateline);
        AssertRange(Single("The talks in Jeddah on Monday lasted barely two hours.", "2025-02-18", "Monday"), "2025-02-17", "2025-02-17", TimeResolution.RelativeToDateline);
        AssertRange(Single("Tuesday’s meeting in Riyadh was the first of its kind.", "2025-03-02", "Tuesday"), "2025-02-25", "2025-02-25", TimeResolution.RelativeToDateline);
    }

    [Test]
    public void WeekdaysInFutureSentencesLookForward()
    {
        AssertRange(Single("The meeting on Tuesday will be the first.", "2025-02-18", "Tuesday"), "2025-02-18", "2025-02-18", TimeResolution.RelativeToDateline);
        AssertRange(
            Single("Macron is planning an emergency meeting of European leaders on Wednesday.", "2025-03-02", "Wednesday"),
            "2025-03-05", "2025-03-05", TimeResolution.RelativeToDateline);
    }

    [Test]
    public void WeekdaysInsideNamesAreSkipped()
    {
        Assert.That(Scan("Prices fell on Black Friday and Super Tuesday.", D("2025-03-02")), Is.Empty);
        Assert.That(Scan("a ceasefire by Easter", D("2025-03-02")), Is.Empty);
    }

    [Test]
    public void MonthDayTakesTheYearFromTheDateline()
    {
        AssertRange(Single("Trump and Putin spoke on February 12.", "2025-02-18", "February 12"), "2025-02-12", "2025-02-12", TimeResolution.AbsoluteYearFromDateline);
        AssertRange(Single("Trump and Putin spoke by phone on February 5, a week before.", "2025-02-19", "February 5"), "2025-02-05", "2025-02-05", TimeResolution.AbsoluteYearFromDateline);
        AssertRange(Single("It started on December 30.", "2025-01-05", "December 30"), "2024-12-30", "2024-12-30", TimeResolution.AbsoluteYearFromDateline);
        AssertRange(Single("They spoke on Feb. 12.", "2025-02-18", "Feb. 12"), "2025-02-12", "2025-02-12", TimeResolution.AbsoluteYearFromDateline);
    }

    [Test]
    public void AbsoluteDates()
    {
        AssertRange(Single("on February 12, 2025 in Riyadh", null, "February 12, 2025"), "2025-02-12", "2025-02-12", TimeResolution.Absolute);
        AssertRange(Single("on 12 February 2025 in Riyadh", null, "12 February 2025"), "2025-02-12", "2025-02-12", TimeResolution.Absolute);
        AssertRange(Single("2nd March 2025", null, "2nd March 2025"), "2025-03-02", "2025-03-02", TimeResolution.Absolute);
        AssertRange(Single("date 2025-02-18 US-Russia ties", null, "2025-02-18"), "2025-02-18", "2025-02-18", TimeResolution.Absolute);
        AssertRange(Single("Tuesday, 18 February 2025", null, "Tuesday, 18 February 2025"), "2025-02-18", "2025-02-18", TimeResolution.Absolute);
    }

    [Test]
    public void NullDatelineKeepsOnlyDatesWithAYear()
    {
        Assert.That(Scan("They spoke on February 12 and last week on Tuesday.", null), Is.Empty);
        Assert.That(Scan("They spoke on February 12, 2025.", null).Select(t => t.Text), Is.EqualTo(new[] { "February 12, 2025" }));
    }

    [Test]
    public void Months()
    {
        AssertRange(Single("since Moscow’s February 2022 invasion of Ukraine", null, "February 2022"), "2022-02-01", "2022-02-28", TimeResolution.Absolute);
        AssertRange(Single("assuming office in January 2025", null, "January 2025"), "2025-01-01", "2025-01-31", TimeResolution.Absolute);
        AssertRange(Single("They met in February.", "2025-03-02", "February"), "2025-02-01", "2025-02-28", TimeResolution.AbsoluteYearFromDateline);
        AssertRange(Single("It happened in mid-February.", "2025-03-02", "mid-February"), "2025-02-11", "2025-02-20", TimeResolution.AbsoluteYearFromDateline);
    }

    [Test]
    public void Years()
    {
        AssertRange(Single("Russia's intervention in Ukraine in 2022.", null, "2022"), "2022-01-01", "2022-12-31", TimeResolution.Year);
        AssertRange(Single("the promise made at the 2008 Bucharest Summit", null, "2008"), "2008-01-01", "2008-12-31", TimeResolution.Year);
        AssertRange(Single("Musk said in 2023 that", "2025-02-18", "2023"), "2023-01-01", "2023-12-31", TimeResolution.Year);
        AssertRange(Single("fighting since 2022", "2025-02-18", "since 2022"), "2022-01-01", "2025-02-18", TimeResolution.Year);
        AssertRange(Single("fighting since 2022", null, "since 2022"), "2022-01-01", "2022-12-31", TimeResolution.Year);
        AssertRange(Single("from 2014-2022", null, "2014-2022"), "2014-01-01", "2022-12-31", TimeResolution.Year);
        AssertRange(Single("in the 1990s", null, "1990s"), "1990-01-01", "1999-12-31", TimeResolution.Year);
        Assert.That(Scan("They sent 2000 troops and $2025 and 2024 percent.", null), Is.Empty);
    }

    [Test]
    public void CalendarUnitsRelativeToTheDateline()
    {
        AssertRange(Single("Prices rose last year.", "2025-02-18", "last year"), "2024-01-01", "2024-12-31", TimeResolution.RelativeToDateline);
        AssertRange(Single("this year", "2025-02-18", "this year"), "2025-01-01", "2025-12-31", TimeResolution.RelativeToDateline);
        AssertRange(Single("last month", "2025-01-18", "last month"), "2024-12-01", "2024-12-31", TimeResolution.RelativeToDateline);
        AssertRange(Single("earlier this month", "2025-02-18", "earlier this month"), "2025-02-01", "2025-02-18", TimeResolution.RelativeToDateline);
        AssertRange(Single("yesterday", "2025-03-01", "yesterday"), "2025-02-28", "2025-02-28", TimeResolution.RelativeToDateline);
        AssertRange(Single("last Friday", "2025-03-02", "last Friday"), "2025-02-28", "2025-02-28", TimeResolution.RelativeToDateline);
    }

    [Test]
    public void RollingWindowsAndAgo()
    {
        AssertRange(Single("territory lost over the past decade", "2025-02-18", "the past decade"), "2015-02-18", "2025-02-18", TimeResolution.RelativeToDateline);
        AssertRange(Single("two days ago", "2025-02-18", "two days ago"), "2025-02-16", "2025-02-16", TimeResolution.RelativeToDateline);
        AssertRange(Single("a week ago", "2025-02-18", "a week ago"), "2025-02-11", "2025-02-11", TimeResolution.RelativeToDateline);
        AssertRange(Single("unthinkable a few weeks ago", "2025-03-02", "a few weeks ago"), "2025-01-26", "2025-02-16", TimeResolution.RelativeToDateline);
        AssertRange(Single("they meet in two weeks", "2025-02-18", "in two weeks"), "2025-03-04", "2025-03-04", TimeResolution.RelativeToDateline);
    }

    [Test]
    public void ImpossibleDatesAreSkipped()
    {
        Assert.That(Scan("on February 31, 2025 and February 30", D("2025-02-18")), Is.Empty);
        Assert.That(Scan("on 2025-13-45 and in year 99999 and the 0th", D("2025-02-18")), Is.Empty);
        Assert.That(Scan("February 29", D("2025-02-18")), Is.Empty);
    }

    [Test]
    public void HostileInputsDoNotThrow()
    {
        string[] inputs =
        [
            new string('9', 100_000), "10^400", "year 99999", new string('(', 1_000_000), "20\u200D25-02-18",
            "Feb\u200B 12", "\u200FTuesday\u200F", "0th", "the 0th", "the 99th", "\uD83D\uDE00 February \uD83D\uDE00 12",
            "99999 days ago", "in 99999 years", "the past 99999 centuries", "February 12, 9999", "last", "the", "in",
            string.Concat(Enumerable.Repeat("last week ", 50_000)),
        ];
        DateOnly?[] datelines = [null, D("2025-02-18"), DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(9998, 12, 31), new DateOnly(2, 1, 1)];
        foreach (var input in inputs)
        {
            foreach (var dateline in datelines)
            {
                Assert.DoesNotThrow(() => Scan(input, dateline), input.Length > 40 ? input[..40] : input);
            }
        }
        var output = new List<TimeExpression>();
        Assert.DoesNotThrow(() => TimeScanner.Scan("last week", new TextSpan(5, 400), D("2025-02-18"), output));
    }
}
