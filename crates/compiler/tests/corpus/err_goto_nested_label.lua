goto l
do ::l:: end
