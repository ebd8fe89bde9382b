package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.List;

/** A place with its department and region by name, and every finding recorded there, newest first, with
 * its photos. */
public record PlaceHistory(Place place, String departmentName, String regionName, List<Finding> findings,
		java.util.Map<Long, List<InspectionPhotos.PhotoRef>> photos, LocalDate today) {
}
