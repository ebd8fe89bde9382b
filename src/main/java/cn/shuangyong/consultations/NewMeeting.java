package cn.shuangyong.consultations;

import cn.shuangyong.shared.FreeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/** What an office enters to call a meeting. */
public record NewMeeting(MeetingKind kind, String title, LocalDate heldOn, String place, String agenda,
		List<Long> participantUnitIds) {

	public static NewMeeting of(String kind, String title, LocalDate heldOn, String place, String agenda,
			List<Long> participants) {
		List<String> problems = new ArrayList<>();
		MeetingKind parsed = null;
		try {
			parsed = MeetingKind.valueOf(kind == null ? "" : kind.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			problems.add("请选择会议类型：专题协商、工作会商或区域协调");
		}
		String cleanTitle = FreeText.clean(title);
		if (cleanTitle.isEmpty() || cleanTitle.length() > 200 || FreeText.hasControl(title)) {
			problems.add("会议名称不能为空，不超过200字，且不含非法字符");
		}
		if (heldOn == null) {
			problems.add("请填写会议日期");
		}
		String cleanAgenda = FreeText.clean(agenda);
		if (cleanAgenda.isEmpty() || cleanAgenda.length() > 4000 || FreeText.hasControl(agenda)) {
			problems.add("议程不能为空，不超过4000字，且不含非法字符");
		}
		if (place != null && place.strip().length() > 200) {
			problems.add("会议地点不超过200字");
		}
		if (participants == null || participants.isEmpty()) {
			problems.add("请选择参会单位");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewMeeting(parsed, cleanTitle, heldOn, place == null || place.isBlank() ? null : place.strip(),
				cleanAgenda, participants.stream().distinct().toList());
	}
}
