using static ClaimCheck.Tests.Extraction.ExtractionHelper;

namespace ClaimCheck.Tests.Extraction;

public class PlaceTests
{
    [TestCase("Russian and US delegations have begun high-level talks in Saudi Arabia today.", "Saudi Arabia", "place:saudi-arabia")]
    [TestCase("The talks in Jeddah on Monday lasted barely two hours.", "Jeddah", "place:jeddah")]
    [TestCase("It was agreed at the NATO summit in Bucharest to allow Ukraine to join.", "Bucharest", "place:bucharest")]
    [TestCase("Lavrov arrived in the Saudi capital for talks with the US delegation.", "the Saudi capital", "place:riyadh")]
    [TestCase("Officials said the talks will continue in Istanbul next month.", "Istanbul", "place:istanbul")]
    public void PlacesHaveCanonicalIdsAndSpans(string sentence, string mention, string id)
    {
        var places = Claims(sentence).SelectMany(c => c.Places).ToList();
        Assert.That(places.Any(p => p.Id == id && p.Text == mention), Is.True, string.Join(", ", places.Select(p => $"{p.Text}={p.Id}")));
    }

    [Test]
    public void ACapitalAsSubjectIsItsCountry()
    {
        var claims = Claims("Moscow presented Washington with several proposals for expanding trade.");
        Assert.That(claims.SelectMany(c => c.Actors).Select(a => a.Id), Is.SupersetOf(new[] { "country:russia", "country:us" }));
    }
}
