import { useEffect, useRef } from "react";
import { echarts, type ChartOption } from "./echarts-setup.ts";

export interface EChartProps {
  option: ChartOption;
  /** what the chart shows, for screen readers (the canvas itself says nothing) */
  label: string;
  height?: number;
}

/**
 * A thin React wrapper around one ECharts instance: created on mount, given each new option in full
 * (notMerge, so removed series disappear), resized with its container, disposed on unmount.
 */
export function EChart({ option, label, height = 320 }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ width: "100%", height }} />;
}
