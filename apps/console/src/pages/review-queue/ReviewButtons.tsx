import { useState } from "react";
import { Button, Flex } from "antd";
import { REVIEW_DECISION_LABELS, type TReviewDecision } from "@govshare/validators";
import { ReviewModal } from "../../catalogue/ReviewModal.tsx";
import { useLabelText } from "../../catalogue/use-label-text.ts";

/** 通过 and 退回修改 for one row of the queue; the decision is taken in ReviewModal. */
export function ReviewButtons({ resource }: { resource: { id: string; name: string } }) {
  const label = useLabelText();
  const [reviewing, setReviewing] = useState<TReviewDecision | null>(null);
  return (
    <Flex wrap gap={4}>
      <Button size="small" type="primary" onClick={() => setReviewing("approve")}>
        {label(REVIEW_DECISION_LABELS.approve)}
      </Button>
      <Button size="small" danger onClick={() => setReviewing("return")}>
        {label(REVIEW_DECISION_LABELS.return)}
      </Button>
      {reviewing && (
        <ReviewModal resource={resource} decision={reviewing} onClose={() => setReviewing(null)} />
      )}
    </Flex>
  );
}
