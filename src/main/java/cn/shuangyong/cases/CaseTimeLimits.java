package cn.shuangyong.cases;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The time limits of a case, in calendar days, as settings ({@code shuangyong.cases.*}). The defaults are the common
 * 信访 rhythm (accept or refuse within 15 days, answer within 60 of acceptance, one extension of up to 30 days with a
 * reason); no source of the platform gives their clause, so they are unverified until an office confirms them.
 * {@code old-after-days} is the age past which an open case is on the leaders' red list of old cases; by default the
 * longest the limits allow (accept, answer and the one extension: 105 days), also unverified.
 */
@ConfigurationProperties("shuangyong.cases")
public record CaseTimeLimits(Integer acceptDays, Integer answerDays, Integer maxExtensionDays, Integer oldAfterDays) {

	public static final CaseTimeLimits DEFAULTS = new CaseTimeLimits(15, 60, 30, null);

	public CaseTimeLimits {
		acceptDays = acceptDays == null ? 15 : acceptDays;
		answerDays = answerDays == null ? 60 : answerDays;
		maxExtensionDays = maxExtensionDays == null ? 30 : maxExtensionDays;
		oldAfterDays = oldAfterDays == null ? acceptDays + answerDays + maxExtensionDays : oldAfterDays;
		if (acceptDays < 1 || answerDays < 1 || maxExtensionDays < 0 || oldAfterDays < 1) {
			throw new IllegalArgumentException("shuangyong.cases: limits must be positive days");
		}
	}

	public LocalDate acceptBy(LocalDate receivedOn) {
		return receivedOn.plusDays(acceptDays);
	}

	public LocalDate answerBy(LocalDate acceptedOn) {
		return acceptedOn.plusDays(answerDays);
	}

	public LocalDate latestExtension(LocalDate answerBy) {
		return answerBy.plusDays(maxExtensionDays);
	}

	/** An open case received before this day has been open longer than the limits allow: it is on the red list. */
	public LocalDate oldIfReceivedBefore(LocalDate today) {
		return today.minusDays(oldAfterDays);
	}
}
