package cn.shuangyong.supervision.materials;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/** The units' tasks of a 材料报送 request lead back to the request. */
@Component
class MaterialsSource implements TaskSource {

	@Override
	public String code() {
		return "MATERIALS";
	}

	@Override
	public String label() {
		return "材料报送";
	}

	@Override
	public String href(long requestId) {
		return "/supervision/materials/" + requestId;
	}
}
