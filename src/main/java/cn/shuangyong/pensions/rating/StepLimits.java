package cn.shuangyong.pensions.rating;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The time limit of each step of a rating, in working days, as settings ({@code shuangyong.pensions.rating.*}). The
 * report (40 after the medical conclusion), the prefecture's review (20) and the province's approval (40) are a
 * pre-2019 provincial 细则's [S]; the 公示's 7 days is the general rule, its length in the 2019 办法 unverified [U];
 * acceptance (10) and the medical opinion (30) have no source and are the platform's defaults until Yunnan's 细则 is
 * found. The rating's page says so.
 */
@ConfigurationProperties("shuangyong.pensions.rating")
public record StepLimits(Integer acceptDays, Integer opinionDays, Integer noticeOpenDays, Integer noticeDays,
		Integer reportDays, Integer reviewDays, Integer approvalDays) {

	public StepLimits {
		acceptDays = positive(acceptDays, 10);
		opinionDays = positive(opinionDays, 30);
		noticeOpenDays = positive(noticeOpenDays, 5);
		noticeDays = positive(noticeDays, 7);
		reportDays = positive(reportDays, 40);
		reviewDays = positive(reviewDays, 20);
		approvalDays = positive(approvalDays, 40);
	}

	public static final StepLimits DEFAULTS = new StepLimits(null, null, null, null, null, null, null);

	/** The working days allowed for the step, counted from the day it began (for the report: the medical opinion). */
	public int of(RatingStep step) {
		return switch (step) {
			case APPLIED -> acceptDays;
			case ACCEPTED -> opinionDays;
			case ASSESSED -> noticeOpenDays;
			case NOTICE -> 1;
			case NOTICED -> reportDays;
			case REPORTED -> reviewDays;
			case REVIEWED -> approvalDays;
			case APPROVED, REFUSED -> throw new IllegalArgumentException("an ended rating has no step limit");
		};
	}

	private static int positive(Integer days, int otherwise) {
		if (days != null && days < 1) {
			throw new IllegalArgumentException("shuangyong.pensions.rating: limits are at least one working day");
		}
		return days == null ? otherwise : days;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StepLimits.class)
	static class RatingConfiguration {
	}
}
