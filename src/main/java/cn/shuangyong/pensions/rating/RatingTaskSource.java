package cn.shuangyong.pensions.rating;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/** Each step of a rating is a supervision task of the unit that must act, due by the step's limit; it leads back here. */
@Component
class RatingTaskSource implements TaskSource {

	@Override
	public String code() {
		return "DISABILITY_RATING";
	}

	@Override
	public String label() {
		return "评定、调整残疾等级";
	}

	@Override
	public String href(long ratingId) {
		return "/pensions/ratings/" + ratingId;
	}
}
