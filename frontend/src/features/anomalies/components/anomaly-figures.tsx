import { DetailsList } from '@/components/ui/details-list';
import type { Anomaly } from '@/features/anomalies/api/get-anomalies';
import { useAnomalyWords } from '@/features/anomalies/components/use-anomaly-words';

/** The figures that triggered a finding, as the API lists them, each labelled and formatted by its kind. */
export function AnomalyFigures({ figures }: { figures: Anomaly['figures'] }) {
  const words = useAnomalyWords();
  return (
    <DetailsList
      details={Object.entries(figures).map(([name, value]) => ({
        label: words.figureLabel(name),
        value: words.figureValue(name, value),
      }))}
    />
  );
}
