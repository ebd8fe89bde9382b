package cn.shuangyong.beneficiaries.merit;

/**
 * Which office level delivers a notice for an award, and who goes, from {@code beneficiaries.merit_delivery_rule}:
 * data an administrator can correct. {@code verified} is false where the source was incomplete (三等功, policy-facts
 * §2 [U]); the pages say so.
 */
public record DeliveryRule(MeritAward award, String officeLevel, String deliveredBy, boolean verified, String source) {

	public String levelLabel() {
		return switch (officeLevel) {
			case "PROVINCE" -> "省级";
			case "PREFECTURE" -> "州（市）级";
			default -> "县级";
		};
	}
}
