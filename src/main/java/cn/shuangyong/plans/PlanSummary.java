package cn.shuangyong.plans;

/** A plan in a list. */
public record PlanSummary(long id, String title, Integer year, long issuerUnitId, String issuer, String docNumber,
		String regionCode, Long parentPlanId, long documentId, java.time.LocalDate issuedOn) {
}
