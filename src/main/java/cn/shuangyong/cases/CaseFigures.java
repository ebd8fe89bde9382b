package cn.shuangyong.cases;

/**
 * One row of the case statistics: for a region, a category and a month of receipt, the cases (repeats not counted
 * again), those answered, those answered within their limit, and those whose person was 满意 or 基本满意.
 *
 * @param region the name of the region the case is kept in
 */
public record CaseFigures(String region, String category, String month, long cases, long resolved, long onTime,
		long satisfied) {
}
