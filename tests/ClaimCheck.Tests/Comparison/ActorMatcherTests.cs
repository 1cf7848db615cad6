using ClaimCheck.Comparison;

namespace ClaimCheck.Tests.Comparison;

public class ActorMatcherTests
{
    [TestCase("person:mohammd-bin-salman", "person:mohammed-bin-salman", true)]
    [TestCase("person:volodymyr-zelenskyi", "person:volodymyr-zelenskyy", true)]
    [TestCase("person:brezhnev", "person:anatoly-brezhnev", true)]
    [TestCase("person:mike-waltz", "person:mark-walts", false)]
    [TestCase("person:mark-rutte", "person:william-ruto", false)]
    [TestCase("country:us", "country:uk", false)]
    [TestCase("country:us", "country:us", true)]
    public void UnseenSpellingVariantsOfPeopleMatchWithinTheThreshold(string a, string b, bool same) =>
        Assert.That(ActorMatcher.Same(a, b), Is.EqualTo(same));
}
