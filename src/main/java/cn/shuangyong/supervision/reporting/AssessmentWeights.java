package cn.shuangyong.supervision.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weights of a unit's assessment (shuangyong.supervision.assessment.*): on-time completion, timely reports, and
 * sign-off results. Only their ratio matters; each must be zero or more and one at least above zero.
 */
@ConfigurationProperties("shuangyong.supervision.assessment")
public record AssessmentWeights(Double completionWeight, Double reportWeight, Double signOffWeight) {

	public AssessmentWeights {
		completionWeight = completionWeight == null ? 50 : completionWeight;
		reportWeight = reportWeight == null ? 30 : reportWeight;
		signOffWeight = signOffWeight == null ? 20 : signOffWeight;
		if (completionWeight < 0 || reportWeight < 0 || signOffWeight < 0
				|| completionWeight + reportWeight + signOffWeight <= 0) {
			throw new IllegalArgumentException(
					"shuangyong.supervision.assessment.* 的权重不能为负数，且至少有一项大于零");
		}
	}

	double sum() {
		return completionWeight + reportWeight + signOffWeight;
	}
}
