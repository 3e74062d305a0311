using Microfinance.Domain.Deposits;

namespace Microfinance.Domain.UnitTests.Deposits;

public sealed class AccountNumberTests
{
    [Fact]
    public void A_number_is_branch_sequence_and_two_check_digits_that_verify()
    {
        var number = AccountNumber.Create("cot", 42);

        number.Should().MatchRegex("^COT-00000042-[0-9]{2}$");
        AccountNumber.IsValid(number).Should().BeTrue();
    }

    [Fact]
    public void Every_single_digit_typo_is_caught()
    {
        var number = AccountNumber.Create("DTK", 12345678);
        for (var position = 0; position < number.Length; position++)
        {
            if (!char.IsAsciiDigit(number[position])) continue;
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == number[position]) continue;
                var typo = number[..position] + digit + number[(position + 1)..];
                AccountNumber.IsValid(typo).Should().BeFalse($"{typo} is a typo of {number}");
            }
        }
    }

    [Fact]
    public void Swapping_two_neighbouring_digits_is_caught()
    {
        var number = AccountNumber.Create("COT", 1234);
        var body = number.Split('-')[1];
        for (var i = 0; i < body.Length - 1; i++)
        {
            if (body[i] == body[i + 1]) continue;
            var swapped = body[..i] + body[i + 1] + body[i] + body[(i + 2)..];
            AccountNumber.IsValid($"COT-{swapped}-{number.Split('-')[2]}").Should().BeFalse();
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("COT-1234-56")]
    [InlineData("COT00000042")]
    [InlineData("C-00000042-00")]
    public void Malformed_numbers_are_invalid(string? number) => AccountNumber.IsValid(number).Should().BeFalse();

    [Fact]
    public void Sequences_are_bounded()
    {
        var act = () => AccountNumber.Create("COT", 100_000_000);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
