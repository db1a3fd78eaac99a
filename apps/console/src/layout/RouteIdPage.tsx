import { Fragment, type ReactNode } from "react";
import { Result } from "antd";
import { Link, useParams } from "react-router";
import { ZIdInputSchema } from "@govshare/validators";

/**
 * A page at a route with an `:id`. Anything but an id shows "not found" without asking the server, and
 * another id mounts the page anew, so nothing of the previous record's state carries over.
 */
export function RouteIdPage(props: {
  notFoundTitle: string;
  backTo: string;
  backLabel: string;
  render: (id: string) => ReactNode;
}) {
  const { id = "" } = useParams();
  if (!ZIdInputSchema.shape.id.safeParse(id).success) {
    return (
      <Result
        status="404"
        title={props.notFoundTitle}
        extra={<Link to={props.backTo}>{props.backLabel}</Link>}
      />
    );
  }
  return <Fragment key={id}>{props.render(id)}</Fragment>;
}
