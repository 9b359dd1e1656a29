import type { ComponentType } from 'react';
import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';

interface Props {
  resource: string;
  count: number;
  icon: ComponentType;
}

/** A register's size, linking to its list. */
export const CountCard = ({ resource, count, icon: Icon }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const label = translate(`resources.${resource}.name`, { smart_count: 2 });
  return (
    <Card variant="outlined" data-testid={`dashboard-count-${resource}`}>
      <CardActionArea component={Link} to={createPath({ resource, type: 'list' })} aria-label={label}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Box sx={{ color: 'primary.main', display: 'flex', '& svg': { fontSize: 40 } }}>
            <Icon />
          </Box>
          <Box>
            <Typography variant="h4" component="p">
              {count.toLocaleString('fr-FR')}
            </Typography>
            <Typography color="text.secondary">{label}</Typography>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
