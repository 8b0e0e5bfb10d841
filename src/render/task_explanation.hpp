#pragma once
// `parse --explain`: for each task, the lines it was read from and what decided its lead, in
// Chinese, the guesses marked for checking by hand.
#include <string>

#include "model/network.hpp"

namespace respnet {

/// One block per task, in document order:
///   任务 1.2（in.txt 第 5–6 行）牵头：市财政局；配合：市税务局
///     依据：责任单位列第一位者牵头，按第 3 行所述规则
///     推测：文件未写明，请人工核对        (only for a guess)
std::string write_task_explanation(const Network& network);

}  // namespace respnet
