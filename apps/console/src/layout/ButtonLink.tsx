import type { MouseEvent } from "react";
import { Button, type ButtonProps } from "antd";
import { useHref, useLinkClickHandler } from "react-router";

type ButtonLinkProps = Omit<ButtonProps, "href" | "onClick"> & { to: string };

/**
 * A link to another page of the console that looks like a button (新建信息资源, 编辑): a real <a href>,
 * so that it opens in a new tab on request, and a client-side navigation on a plain click.
 */
export function ButtonLink({ to, ...props }: ButtonLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Button
      {...props}
      href={href}
      onClick={(event: MouseEvent<HTMLElement>) => navigate(event as MouseEvent<HTMLAnchorElement>)}
    />
  );
}
