package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.List;

/** A job fair with its posts (empty in lists) and how many employers offered them. */
public record JobFair(long id, String title, LocalDate heldOn, boolean bayi, String place, String regionCode,
		String regionName, UnitRef organiser, Integer attendance, List<JobPost> posts, long employers) {
}
